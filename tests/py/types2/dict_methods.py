def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = dict(a=1, b=2)
print(d, dict([("x", 1)], y=2), dict({"k": "v"}), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("z", "dflt"), d.popitem(), d, len(d))
t(lambda: d.pop("missing"))
t(lambda: {}.popitem())
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: {[]: 1})
t(lambda: d.get())
d.update({"m": 1}, n=2); d.update([("o", 3)]); d.update(p=4)
print(d)
e = d | {"z": 26}; print(e, d)
d |= {"b": 20}; print(d)
d |= [("q", 5)]; print(d)
t(lambda: d | [("q", 5)])
keys, vals, items = d.keys(), d.values(), d.items()
d["new"] = 0
print(len(keys), list(vals)[-1], ("new", 0) in items, "b" in keys, keys & {"b", "zz"}, keys | {"w"} >= {"w"}, keys - {"b"} == set(d) - {"b"})
print(list(reversed(d)), list(reversed(d.values()))[:2], list(reversed(d.items()))[0], d.keys() == {"b", "m", "n", "o", "p", "q", "new"})
print(repr(d.keys())[:10], type(d.items()).__name__, type(d.values()).__name__, d.copy() == d, d.copy() is d)
c = dict(d); c.clear(); print(c, d == c, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    for k in d:
        d["added"] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(sorted(m for m in dir(dict) if not m.startswith("_")))
