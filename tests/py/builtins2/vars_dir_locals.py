def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), sorted(vars()), sorted(dir()))
    def inner():
        return c
    return inner
f(1)
import sys
print(vars(sys) is sys.__dict__, "path" in dir(sys), type(dir()).__name__)
print(globals() is vars(), "f" in globals(), "t" in dir())
t(lambda: vars(5))
t(lambda: vars([]))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
print("append" in dir([]), "__len__" in dir([]), dir(5) == sorted(dir(5)), "real" in dir(int))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g())
print(sorted(k for k in vars(f) ), f.__name__)
