def init(self, v):
    self.v = v
Base = type("Base", (), {"kind": "base", "__init__": init})
Child = type("Child", (Base,), {"double": lambda self: self.v * 2})
c = Child(21)
print(c.kind, c.double(), type(c).__name__, Child.__name__)
print(Child.__bases__[0] is Base, isinstance(c, Base))
print(type(c) is Child, type(Child) is type, type(type))
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__)
