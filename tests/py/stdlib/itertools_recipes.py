import itertools
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return itertools.zip_longest(*args, fillvalue=fill)
print(list(grouper("ABCDEFG", 3, "x")))
def flatten(lol):
    return itertools.chain.from_iterable(lol)
print(list(flatten([[1, 2], [3], []])))
def powerset(s):
    s = list(s)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
print(["".join(p) for p in itertools.product("01", repeat=2)])
running = list(itertools.accumulate(itertools.repeat(2, 5), lambda a, b: a * b))
print(running)
