print(sorted([]), sorted([1]), sorted([2, 1], key=None), sorted(["b", "a", "C"], key=str.lower))
recs = [("bob", 3), ("amy", 3), ("cat", 1), ("dan", 2)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: (-r[1], r[0])))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
l = [3, 2, 1]
print(l.sort(), l)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([0.5, -1, True]))
