class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Pt:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.made_by_new = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
print(p.made_by_new, p.x, p.y)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
