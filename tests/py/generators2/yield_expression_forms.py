def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = yield (x, y)
    print("z =", z)
gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(4))
try:
    gen.send("last")
except StopIteration:
    print("stop")
