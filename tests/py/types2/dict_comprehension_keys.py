d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {(1, 2): "tuple", frozenset([1]): "fs", None: "none", "": "empty"}
print(d2[(1, 2)], d2[frozenset({1})], d2[None], d2[""])
try:
    d2[[1]] = 5
except TypeError as e:
    print("TypeError:", e)
print({k: v for k, v in zip("abc", range(3)) if v != 1}, {**{"a": 1}, "a": 2})
