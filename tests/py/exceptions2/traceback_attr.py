def f():
    raise ValueError("v")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames", n)
print(ValueError("fresh").__traceback__)
e2 = ValueError("x").with_traceback(None)
print(type(e2).__name__)
