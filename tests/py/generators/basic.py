def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(count_up(0), "default"))
def with_return():
    yield 1
    return "ret"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
