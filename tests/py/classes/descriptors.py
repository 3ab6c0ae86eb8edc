# User descriptors: __get__, __set__, __delete__, __set_name__; data vs
# non-data precedence over the instance dict.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Rec:
    x = Typed()
    y = Typed()
    nd = NonData()


r = Rec()
r.x = 5
print(r.x, r.y, Rec.x.name, Rec.x.owner, type(Rec.__dict__["x"]).__name__)
try:
    r.y = "no"
except TypeError as e:
    print("TypeError:", e)
del r.x
print(r.x)
print(r.nd, Rec.nd)
r.__dict__["nd"] = "instance wins"
print(r.nd)
r.__dict__["x"] = "ignored"
r.x = 7
print(r.x, r.__dict__["x"])


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, owner):
        return (self.v, owner.__name__, obj is None)


class Holder:
    c = Const(9)


print(Holder.c, Holder().c)


class Counted:
    calls = 0

    def __get__(self, obj, owner=None):
        Counted.calls += 1
        return lambda: "bound-ish"


class UsesCounted:
    m = Counted()


print(UsesCounted().m(), Counted.calls)
