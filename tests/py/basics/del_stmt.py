x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[1:3]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
