registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_hello
@tagged("v1")
class Foo:
    pass
print(sorted(registry), Foo().hello(), Foo.tag)
def replace(cls):
    return "replaced"
@replace
class Bar: pass
print(Bar)
