class C:
    def __init__(self): self._v = 1
    def getv(self): return self._v
    def setv(self, v): self._v = v
    v = property(getv, setv, None, "the v")
c = C()
c.v = 7
print(c.v, C.v.__doc__, C.v.fget is C.getv, C.v.fdel)
class D(C):
    @property
    def v(self):
        return "overridden"
print(D().v)
