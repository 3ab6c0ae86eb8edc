class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.setter
    def v(self, x):
        print("Child setter", x)
        Base.v.fset(self, x * 10)
c = Child()
c.v = 2
print(c.v, Base().v)
class ReadOnly(Base):
    v = property(Base.v.fget)
r = ReadOnly()
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError:", e)
