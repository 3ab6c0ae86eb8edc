d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4}, e=5); print(d)
print(d.pop("a"), d.pop("zz", None), d.setdefault("f", 6), d.setdefault("b", 99))
print(d.popitem(), d)
del d["b"]; print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"q": 1}), {})
print({1: "int", 1.0: "float", True: "bool"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({k: v for k, v in zip("abc", range(3))})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(d | {"z": 26}, dict.fromkeys("ab", 0))
e = {"x": 1}; e |= {"y": 2}; print(e)
print(d == dict(d), d.copy() is d)
