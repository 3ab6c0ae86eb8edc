class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self): pass
p = P()
print(vars(p), vars(p) is p.__dict__)
names = dir(p)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(P) if not n.startswith("_")])
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
