def f():
    pass
class_like = None
print(f())
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print("ok")
