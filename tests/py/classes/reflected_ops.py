class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        print("add")
        if isinstance(o, int): return Money(self.c + o)
        if isinstance(o, Money): return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __rtruediv__(self, o):
        return o / self.c
    def __repr__(self): return "Money(%d)" % self.c
print(Money(5) + 1)
print(1 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(3))
print(10 / Money(4))
class Sub(Money):
    def __radd__(self, o):
        print("Sub.radd")
        return Money(-1)
print(Money(1) + Sub(2))
