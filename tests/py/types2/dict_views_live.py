def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(list(k), list(v), list(i), len(k), "a" in k, 3 in v, ("c", 3) in i, ("c", 4) in i)
print(k & ["b"], sorted(k | ["z"]), sorted(k ^ {"b", "q"}), k - ["c"], k == {"b", "c"}, k != {"b"}, k < {"b", "c", "d"}, i & {("b", 2)}, k.isdisjoint(["x"]))
print(sorted(k), sorted(i), list(reversed(k)), list(reversed(i)), repr(k), repr(v), repr(i))
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
t(lambda: v == v)
t(lambda: k & 5)
t(lambda: d.keys()[0])
print(dict(d.items()) == d, {**d, "z": 0}, dict(**{"x": 1}))
