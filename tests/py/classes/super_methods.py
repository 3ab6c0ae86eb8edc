class Base:
    def greet(self, who):
        return "hello " + who
    def __repr__(self):
        return "Base()"
class Child(Base):
    def greet(self, who):
        return super().greet(who).upper()
    def __repr__(self):
        return "Child<" + super().__repr__() + ">"
c = Child()
print(c.greet("bob"))
print(repr(c))
print(super(Child, c).greet("x"))
