d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), d.copy() == d, d.copy() is d)
d2 = d | {"new": 5}
d |= {"b": 20}
print(d2, d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1, **{"b": 2}), dict([("k", "v")]), dict(zip("ab", range(2))))
print(list(reversed({"p": 1, "q": 2})), {1: 2} == {1: 2.0}, len({}))
