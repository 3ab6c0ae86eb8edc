a = [1]
b = [1]
print(a == b, a is b, a is not b, None is None)
x = None
if x is None:
    print("x is None")
print(type(None).__name__, repr(None), str(None), bool(None))
def f():
    return
print(f() is None)
