def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import deque
d = deque([1, 2, 3])
t(lambda: [d == deque([1, 2, 3]), d != deque([1, 2, 3]), d == [1, 2, 3], d < deque([1, 2, 4])])
t(lambda: [d < deque([1, 2]), d >= deque([1, 2]), d <= d, deque() < deque([0]), deque('b') > deque('abc')])
t(lambda: d < deque(['a']))
t(lambda: hash(d))
t(lambda: deque.__name__)
t(lambda: deque.__module__)
t(lambda: type(iter(d)).__name__)
t(lambda: type(reversed(d)).__name__)
x = deque()
x.append(x)
t(lambda: x)
t(lambda: deque([[1], 'a', None, 2.5]))
t(lambda: str(deque([1])))
t(lambda: sorted(deque([3, 1, 2])))
t(lambda: max(deque([3, 1, 2])))
