d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k))
d["c"] = 3
print(list(k), list(v), list(it))
del d["a"]
print(list(k), "a" in k, "b" in k, ("b", 2) in it, ("b", 3) in it, 3 in v)
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c"}, k <= {"b", "c", "d"}, k.isdisjoint({"x"}))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d.keys())), list(reversed(d.items())))
