def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); a.insert(-100, 6)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.extend(range(3)); a.extend("ab"); a.extend((1,))
print(a, a.count(1), a.index(1), a.index(1, 3), a.index("a", -3, -1))
t(lambda: a.index(42))
t(lambda: a.remove(42))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: a.insert("x", 1))
t(lambda: a.extend(5))
a.remove(1)
print(a)
b = a.copy(); b.reverse(); print(b, a is b, b.clear(), b)
c = [5, 3, 9, 1]
c[1:3] = ["x"]; print(c)
c[::2] = [0, 0]; print(c)
del c[::2]; print(c)
c[len(c):] = [7, 8]; del c[-1]; print(c)
t(lambda: c.__setitem__(slice(None, None, 2), [1, 2, 3]))
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True), max(words, key=len), min(words, key=len))
print([1, 2] * 2, 2 * [0], [1] + [2], [1, 2] < [1, 3], [1, 2] == [1, 2], [[]] * 2, list("abc"), list(range(-2, 2)))
t(lambda: [1] + (2,))
t(lambda: sorted([1, "a"]))
t(lambda: [].sort(1))
t(lambda: [].index())
print(sorted(m for m in dir(list) if not m.startswith("_")))
