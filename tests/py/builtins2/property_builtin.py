class C:
    def __init__(self): self._x = 0
    def get_x(self): return self._x
    def set_x(self, v): self._x = v * 2
    x = property(get_x, set_x)
    y = property(lambda self: "y only")
c = C()
c.x = 4
print(c.x, c.y)
p = property(fget=len, doc="length")
print(p.__doc__, p.fset, p.fget is len)
p2 = C.x.setter(None)
print(p2.fset is C.set_x, p2.fget is C.get_x)
try:
    c.y = 1
except AttributeError as e:
    print("AttributeError:", e)
