def gen():
    yield 1
    return {"status": "ok"}
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
def noreturn():
    yield 1
g = noreturn(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
