class Util:
    factor = 3
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def scaled(cls, x):
        return x * cls.factor
class Sub(Util):
    factor = 10
print(Util.double(4), Util().double(5), Sub.double(1))
print(Util.scaled(2), Sub.scaled(2), Sub().scaled(3))
print(type(Util.__dict__["double"]).__name__, type(Util.__dict__["scaled"]).__name__)
f = Util.__dict__["double"].__func__
print(f(21))
m = Sub.scaled
print(m.__self__ is Sub)
