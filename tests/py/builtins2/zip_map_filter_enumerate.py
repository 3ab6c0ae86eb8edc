print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, [])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
print(list(enumerate("ab", start=10)), list(enumerate([])), list(enumerate("xyz", -1)))
z = zip(range(3), range(3))
print(next(z), list(z), list(z))
m = map(abs, [-1, -2])
print(iter(m) is m, next(m), list(m))
e = enumerate("ab")
print(next(e), type(e).__name__)
