# super(): zero-argument and explicit forms, __init__ chains, classmethods.
class Base:
    def __init__(self, a):
        self.a = a
        self.log = ["Base"]

    def describe(self):
        return f"Base(a={self.a})"

    @classmethod
    def make(cls):
        return cls.__name__ + ".make"


class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
        self.log.append("Mid")

    def describe(self):
        return "Mid>" + super().describe()

    @classmethod
    def make(cls):
        return "Mid:" + super().make()


class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        self.log.append("Leaf")

    def describe(self):
        return "Leaf>" + super(Leaf, self).describe()


x = Leaf()
print(x.a, x.b, x.log)
print(x.describe())
print(Leaf.make(), Mid.make())
print(super(Mid, x).describe())
s = super(Leaf, x)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is x)


class Captures(Base):
    def method(self):
        def inner():
            return self.a
        return super().describe() + str(inner())


print(Captures(7).method())


class NoArgs:
    def f():
        return super()


try:
    NoArgs.f()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
