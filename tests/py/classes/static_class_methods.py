# staticmethod and classmethod through the class and instances.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def name(cls):
        return cls.__name__


class Sub(Counter):
    pass


print(Counter.add(1, 2), Counter().add(3, 4))
objs = Sub.create(3)
print(len(objs), type(objs[0]).__name__, Counter.count)
print(Counter.name(), Sub.name(), Sub().name())
sm = Counter.__dict__["add"]
cm = Counter.__dict__["create"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(sm(5, 6))
print(Counter.create.__self__ is Counter, Sub.create.__self__ is Sub)
print(repr(staticmethod(len)), repr(classmethod(len)))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
f = classmethod(lambda cls, x: (cls.__name__, x))
class Late:
    g = f
print(Late.g(1), Late().g(2))
