def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 4)
print(next(it), list(it), next(it, "done"))
t(lambda: iter(5))
t(lambda: iter(5, 1))
t(lambda: next([]))
t(lambda: next(iter([])))
it2 = iter([1])
print(iter(it2) is it2, next(it2), next(it2, None))
