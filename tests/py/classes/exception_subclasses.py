# Every builtin exception class can be subclassed, raised and caught.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
ok = 0
for n in names:
    base = getattr(builtins, n)
    if n.startswith("Unicode") or "Group" in n:
        continue
    Sub = type("My" + n, (base,), {"tag": n})
    try:
        raise Sub("msg")
    except base as e:
        if type(e) is Sub and e.tag == n and isinstance(e, BaseException):
            ok += 1
        else:
            print("bad", n)
print("ok", ok > 40)


class E1(Exception):
    pass


class E2(E1):
    pass


class E3(E2, LookupError):
    pass


for cls in (E1, E2, E3):
    try:
        raise cls("x")
    except LookupError:
        print(cls.__name__, "LookupError")
    except E1 as e:
        print(cls.__name__, "E1", e)
print([k.__name__ for k in E3.__mro__])
try:
    raise E3
except E2 as e:
    print(repr(e), e.args)


class KE(KeyError):
    pass


print(str(KE("k")), repr(KE("k")))


class SE(SystemExit):
    pass


try:
    raise SE(3)
except SystemExit as e:
    print("code", e.code)


class SI(StopIteration):
    pass


def gen():
    yield 1
    raise SI(5)


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError", e)
