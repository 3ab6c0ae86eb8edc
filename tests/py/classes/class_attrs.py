# Class attributes vs instance attributes, mutation through the class,
# class-level containers shared by instances, __dict__ and vars().
class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1


a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count)
print(sorted(vars(a)), "items" in vars(Shared), type(Shared.__dict__["add"]).__name__)
Shared.new_attr = "dynamic"
print(a.new_attr, getattr(Shared, "new_attr"))
setattr(Shared, "other", 5)
delattr(Shared, "new_attr")
print(hasattr(a, "new_attr"), b.other)
try:
    del Shared.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Shared.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
a.__dict__["direct"] = 1
print(a.direct)
a.__dict__ = {"replaced": True}
print(a.replaced, hasattr(a, "direct"))


class Outer:
    class Inner:
        pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.Inner.__name__)
print(Outer.method.__qualname__, Outer.__dict__["method"].__name__)


def Factory():
    class Made:
        pass
    return Made


print(Factory().__qualname__, Factory() is not Factory())
