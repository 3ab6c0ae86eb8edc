# __new__ and __init__ interplay, object's excess-argument rules.
class A:
    pass


try:
    A(1)
except TypeError as e:
    print("TypeError:", e)


class WithInit:
    def __init__(self, x):
        self.x = x


print(WithInit(3).x)


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)


w = WithNew(1, 2)
print(type(w).__name__)


class Both:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.created = x
        return inst

    def __init__(self, x):
        self.inited = x * 2


b = Both(4)
print(b.created, b.inited)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Other())


class Sing:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


print(Sing() is Sing())


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NewArgs:
    def __new__(cls, *a):
        return object.__new__(cls, *a)


try:
    NewArgs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
