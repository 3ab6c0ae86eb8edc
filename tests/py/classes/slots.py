# __slots__: storage, no __dict__, errors, inheritance.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "y"))
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.__slots__)


class Q(P):
    pass


q = Q(5)
q.free = "dict"
print(q.x, q.free, q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(1)
r.w = 9
print(r.x, r.w)


class S:
    __slots__ = "only"


s = S()
s.only = 1
print(s.only)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class T(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class A1:
    __slots__ = ("a",)


class B1:
    __slots__ = ("b",)


try:
    class C1(A1, B1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Priv:
    __slots__ = ("__hidden",)

    def __init__(self):
        self.__hidden = 1


print(Priv()._Priv__hidden)
