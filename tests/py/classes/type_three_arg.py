# type(name, bases, dict) and metaclasses.
def init(self, v):
    self.v = v


Dyn = type("Dyn", (), {"x": 1, "__init__": init, "get": lambda self: self.v})
d = Dyn(4)
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, d.get(), d.x, type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub(1).get(), Sub.y, Sub.__mro__ == (Sub, Dyn, object), Sub.__bases__)
print(type(Dyn) is type, type(type) is type, isinstance(Dyn, type))
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["tagged"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

    def hello(cls):
        return "hello " + cls.__name__


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


w = WithMeta(3)
print(w.a, WithMeta.tagged, WithMeta.hello(), type(WithMeta).__name__)


class Child(WithMeta):
    pass


print(type(Child).__name__, Child.tagged)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"prepared": True}


class UsesPrepare(metaclass=Ordered):
    pass


print(UsesPrepare.prepared)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("L", (list, dict), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bo", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
