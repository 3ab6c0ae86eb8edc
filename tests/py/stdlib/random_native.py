def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import _random
r = _random.Random(42)
t(lambda: [r.random() for _ in range(3)])
t(lambda: [r.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100, 200)])
r.seed(0)
t(lambda: r.random())
r.seed(-5)
t(lambda: r.random())
r.seed(2**100 + 12345)
t(lambda: r.random())
r.seed(123456789012345678901234567890)
t(lambda: r.getrandbits(77))
r.seed(1.5)
t(lambda: r.random())
s = r.getstate()
t(lambda: (len(s), s[-1]))
a = [r.random() for _ in range(5)]
r.setstate(s)
t(lambda: a == [r.random() for _ in range(5)])
for _ in range(2000):
    r.getrandbits(32)
t(lambda: r.random())
t(lambda: r.getrandbits(-1))
t(lambda: r.setstate((1, 2)))
t(lambda: r.setstate([1, 2]))
t(lambda: _random.Random(1, 2))
x = _random.Random().random()
t(lambda: 0.0 <= x < 1.0)
