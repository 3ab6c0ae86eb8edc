class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError("no " + name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a, l.__dict__)
del l.a
print(hasattr(l, "a"))
