def g():
    try:
        yield 1
    finally:
        print("cleanup")
gen = g()
try:
    gen.throw(RuntimeError)
except RuntimeError as e:
    print("unstarted throw:", repr(e))
gen = g()
next(gen)
try:
    gen.throw(TypeError, TypeError("msg"))
except TypeError as e:
    print("started throw:", e)
