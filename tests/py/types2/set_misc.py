s = set()
for w in [3, 1, 3, 2, 1]:
    s.add(w)
print(sorted(s), len(s), 2 in s, 5 not in s)
print(sorted({1, 2} | {2, 3}), sorted(set([1, 2]) - set([2])), set() == set(), {1, 2} == {2, 1}, {1} != {1, 2})
fs = frozenset({3, 1})
print(sorted(fs), fs.union({5}) == {1, 3, 5}, {fs: "ok"}[frozenset([1, 3])])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
s2 = {1, 2, 3}
s3 = s2.copy()
s3.clear()
print(s2 == {1, 2, 3}, s3, repr(frozenset()))
