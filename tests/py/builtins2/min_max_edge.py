def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(min([3, 1, 2]), max("hello"), min(3, 1, 2), max([], default="empty"), min((), default=None), max([1, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min("bca", key=ord), max([2, 2.0, 2]), min([2.0, 2]), max(range(5), key=lambda x: x % 3))
print(max([1, 3, 3], key=lambda x: x), max([[1], [1]]) is not None, min([], key=len, default=0), max(iter([5, 6])))
t(lambda: max([]))
t(lambda: min())
t(lambda: max(1))
t(lambda: max(1, 2, default=0))
t(lambda: max([1, "a"]))
t(lambda: min([1], bogus=1))
t(lambda: max([1], key=5))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([], key=len), sorted([1, -2, 3], key=abs))
t(lambda: sorted([1], lambda x: x))
t(lambda: sorted())
t(lambda: sorted(5))
