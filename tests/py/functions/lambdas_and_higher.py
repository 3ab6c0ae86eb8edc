sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(None, [0, 1, "", "a"])))
print(list(map(pow, [2, 3], [3, 2])), list(zip("ab", [1, 2], (True, False))))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(str, sq)(4), compose(len, str)(12345))
print(sorted([(1, "b"), (0, "z")], key=lambda t: t[1]))
print(max([3, 8, 1], key=lambda v: -v), min("hello", key=ord))
