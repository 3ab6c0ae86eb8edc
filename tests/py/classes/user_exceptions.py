# User exception hierarchies: args, str, repr, attributes, catching.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, msg="bad"):
        super().__init__(f"{key}: {msg}")
        self.key = key


class Detailed(AppError):
    def __str__(self):
        return "detailed!"


e = AppError("x", 1)
print(e, repr(e), e.args)
c = ConfigError("port")
print(c, repr(c), c.args, c.key, isinstance(c, Exception))
try:
    raise ConfigError("host", "missing")
except AppError as err:
    print("caught", type(err).__name__, err)
try:
    raise Detailed(1, 2)
except Exception as err:
    print(str(err), repr(err), err.args)
print(issubclass(ConfigError, (KeyError, AppError)), ConfigError.__mro__[-3:])


class MyKeyError(KeyError):
    pass


try:
    {}["a"]
except MyKeyError:
    print("wrong")
except KeyError as k:
    print("KeyError", k)
try:
    raise MyKeyError("k")
except LookupError as k:
    print(type(k).__name__, k)


class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = "set in new"
        return self


w = WithNew(3)
print(w.args, w.extra)
try:
    try:
        raise AppError("inner")
    except AppError as inner:
        raise ConfigError("outer") from inner
except ConfigError as o:
    print(o, "<-", o.__cause__)


class OSish(OSError):
    pass


o = OSish(2, "nope")
print(o.errno, o.strerror, type(o).__name__)
