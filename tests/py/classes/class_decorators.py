# Class decorators and decorated methods.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greet(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls


def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__)
        return f(*args, **kw)
    return wrapper


@register
@add_greet
class Service:
    @trace
    def run(self, x):
        return x + 1


print(registry, Service().greet(), Service().run(1))


def singleton(cls):
    inst = cls()
    return lambda: inst


@singleton
class Config:
    pass


print(Config() is Config())
