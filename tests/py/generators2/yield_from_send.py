def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    result = yield from inner()
    yield "final %d" % result
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
