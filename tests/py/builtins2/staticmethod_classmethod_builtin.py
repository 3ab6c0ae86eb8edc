def plain(x): return x + 1
def clsfn(cls, x): return cls.__name__ + str(x)
class C:
    s = staticmethod(plain)
    c = classmethod(clsfn)
class D(C): pass
print(C.s(1), C().s(2), C.c(3), D.c(4), D().c(5))
sm = staticmethod(plain)
print(sm.__func__ is plain, callable(sm))
