def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(globals() is sys.modules[__name__].__dict__, locals() is globals(), vars() is globals())
x = 1
globals()["injected"] = 42
print(injected, "x" in locals(), sorted(k for k in locals() if not k.startswith("_"))[:3])
def f():
    g = globals()
    g["from_f"] = "yes"
    return sorted(locals())
print(f(), from_f)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return sorted(locals().items())
    return inc
print(counter()())
print([sorted(locals()) for _ in range(1)], (lambda a, b=2: sorted(locals().items()))(1))
t(lambda: globals(1))
t(lambda: locals(1))
