d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("a", 1) in it, "a" in k, 5 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}))
print(list(reversed(k)), list(reversed(d)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
