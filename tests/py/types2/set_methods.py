def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
s.update([4], (5,), "a")
print(sorted(s, key=str))
s.intersection_update({1, 2, 3, 4, "a"}, [1, 2, 3, "a"])
print(sorted(s, key=str))
s.difference_update([1], {2})
print(sorted(s, key=str))
s.symmetric_difference_update({3, 9})
print(sorted(s, key=str))
a, b = {1, 2, 3}, {3, 4}
print(a.union(b, [5]), a.intersection(b, {3}), a.difference(b, {1}), a.symmetric_difference(b), a.isdisjoint(b), {1}.issubset(a), a.issuperset([1, 2]))
print(a | b, a & b, a - b, a ^ b, a < {1, 2, 3, 4}, a <= a, a > {1}, a >= {9}, a == {3, 2, 1}, a != b)
x = set(); x.add(1); x.add(1); x.discard(5); x.discard(1); print(x, len(x))
t(lambda: x.remove(5))
t(lambda: set().pop())
t(lambda: {[]})
t(lambda: a | [1])
t(lambda: a < [1])
t(lambda: set(5))
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])), f.copy() is f, frozenset() == set())
print({frozenset([1]): "ok"}[frozenset([1])], f.union([9]), f.intersection([1, 9]), f.issubset([1, 2, 3]), repr(frozenset()), repr(set()))
c = a.copy(); c.clear(); print(c, a)
print(sorted(m for m in dir(set) if not m.startswith("_")))
print(sorted(m for m in dir(frozenset) if not m.startswith("_")))
