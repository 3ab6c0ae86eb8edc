print(list(enumerate("abc")), list(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("ab", range(2))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(reversed([1, 2, 3])), list(reversed("ab")))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
print(any([]), all([]), any([0, 1]), all([1, 0]))
print(sorted({"b": 1, "a": 2}), list(iter(range(3))))
e = enumerate(["x"])
print(type(e).__name__, next(e))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError as err:
    print(err)
