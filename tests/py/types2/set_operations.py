a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a > {1}, a >= a, {1} < a, b <= a)
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 7])))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), {1}.isdisjoint({2}))
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(sorted(c), c.pop() in {3, 4, 10}, len(c))
c.update([7, 8], {9}); c &= {7, 8, 9, 100}; print(sorted(c))
c |= {1}; c -= {7}; c ^= {8, 50}; print(sorted(c))
try:
    c.remove(12345)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])), f == {1, 2})
print(set(), frozenset(), {x % 3 for x in range(10)} == {0, 1, 2}, set("aab") == {"a", "b"})
