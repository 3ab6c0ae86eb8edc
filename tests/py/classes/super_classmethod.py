class Base:
    registry = []
    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @classmethod
    def describe(cls):
        return "Base.describe(%s)" % cls.__name__
class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        obj.tag = "child"
        return obj
    @classmethod
    def describe(cls):
        return "Child+" + super().describe()
c = Child.create(4)
print(type(c).__name__, c.v, c.tag)
print(Child.describe())
print(Base.create(1).v)
