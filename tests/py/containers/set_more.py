s = set()
for i in [5, 3, 5, 1, 3]:
    s.add(i)
print(sorted(s), len(s))
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {2, 9}
print(sorted(a))
print(sorted({1, 2}.symmetric_difference([2, 3])), {1, 2}.issuperset([1]), sorted({3, 1, 2}.difference({1}, {2})))
fs = frozenset([1, 2])
print(fs | {3} == {1, 2, 3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([2, 1])))
print({1: fs}[1] == {1, 2}, {fs: "as key"}[frozenset({1, 2})])
print(set([1, 2, 3]) == frozenset([1, 2, 3]), {1, 2, 3} > {1})
