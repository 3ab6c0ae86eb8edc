def g():
    x = yield 1
    print("got", x)
    yield 2
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None))
print(gen.send("hi"))
try:
    next(gen)
except StopIteration:
    print("done")
try:
    next(gen)
except StopIteration:
    print("still done")
