def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(sys.implementation.name in ("cpython", "gilpy"), type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_builtins.py"), type(sys.path).__name__)
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getsizeof(1) > 0, sys.getsizeof("") <= sys.getsizeof("abc"), sys.flags.optimize)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0].__name__
print(list(gen()), sys.exc_info()[0])
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.version_info[:2] >= (3, 11), sys.getrecursionlimit(), type(sys.modules).__name__)
t(lambda: sys.intern(5))
t(lambda: sys.getsizeof())
print(sys.stdout.write("written\n"), sys.stdout.encoding.lower().replace("-", ""))
