def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = set("abc")
print(len(s), sorted(s), set(), set([]), set(()), {1, 1.0, True}, {0, False}, len({"a", "a"}), set("aab") == {"a", "b"})
print({1, 2} == frozenset({1, 2}), {1} < frozenset({1, 2}), frozenset({1}) | {2}, {3} - frozenset({3}), {1, 2} ^ {2, 3})
u = {1}
u.update()
u.update([], [2], range(3, 5))
print(u, u.union(), u.intersection(), u.difference(), set.union({1}, [2], (3,)))
u -= {1}; u |= {9}; u &= {2, 3, 9}; u ^= {3, 10}
print(u)
t(lambda: {1}.update(5))
t(lambda: {1}.issubset(5))
t(lambda: frozenset([1]).add(2))
t(lambda: {1}.intersection_update(1))
t(lambda: set([[]]))
print(sorted({-1, 5, 3}), max({1, 5}), sum({1, 2}), 2 in {1, 2}, [] if {()} else 0, {1, 2}.pop() in (1, 2))
