def inner():
    try:
        yield "i1"
    except KeyError:
        yield "inner handled KeyError"
    yield "i2"
def outer():
    try:
        yield from inner()
    except ValueError:
        yield "outer handled ValueError"
    yield "o-end"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
print(g.throw(ValueError))
print(next(g))
