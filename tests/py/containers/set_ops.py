s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s)
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), a.issubset(a | b), a.isdisjoint({9}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == {2, 1}, set(), frozenset([1]))
print({1, 2, 3}, {x % 3 for x in range(10)}, set("aaa"))
print(sorted(frozenset([3, 1])), len(set(range(100))))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
