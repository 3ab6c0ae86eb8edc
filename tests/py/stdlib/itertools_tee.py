def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import tee, islice
a, b = tee(iter(range(5)))
t(lambda: (list(a), list(b)))
a, b, c = tee('abc', 3)
t(lambda: (next(a), next(a), next(b), list(c), list(a), list(b)))
t(lambda: tee([1], 0))
t(lambda: tee([1], -1))
t(lambda: tee(1))
x, = tee(range(200), 1)
t(lambda: sum(x))
p, q = tee(range(1000))
t(lambda: (sum(islice(p, 500)), sum(q), sum(p)))
r, s = tee('xyz')
r2, = tee(r, 1)
t(lambda: (list(r2), list(r), list(s)))
u, v = tee([1, 2, 3])
w = u.__copy__()
t(lambda: (list(u), list(w), list(v)))
t(lambda: type(u).__name__)
