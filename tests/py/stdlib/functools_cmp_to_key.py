def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
k = cmp_to_key(cmp)
t(lambda: [k(1) < k(2), k(3) <= k(2), k(2) == k(2), k(2) != k(3), k(5) > k(4), k(1) >= k(1)])
t(lambda: k(7).obj)
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
t(lambda: sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
t(lambda: min([5, 3, 9], key=k))
t(lambda: hash(k(1)))
t(lambda: k(1) < 3)
t(lambda: cmp_to_key())
t(lambda: k())
t(lambda: type(k(1)).__name__)
