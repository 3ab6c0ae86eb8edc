# __init_subclass__ (implicit classmethod, keyword arguments) and __set_name__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls


class A(Plugin):
    pass


class B(Plugin, name="bee"):
    pass


print(sorted(Plugin.registry))


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Model:
    a = Field()
    b = Field()


print(Model.a.name, Model.b.name)
try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("broken " + name)


try:
    class Holder:
        x = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
