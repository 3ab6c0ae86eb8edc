def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)])
print(random.randrange(10), random.randrange(-5, 5, 3), random.randrange(10, 0, -2))
print(random.randrange(2**80))
print(random.getrandbits(100), random.randbytes(5))
random.seed(1.5)
print(random.random())
random.seed(-3)
print(random.random())
random.seed(2**64 + 1)
print(random.random())
random.seed('ab', version=1)
print(random.random())
r = random.Random(7)
print(r.random(), r.randint(0, 9))
s = random.getstate()
a = random.random()
random.setstate(s)
print(a == random.random())
print(type(s), len(s), s[0], len(s[1]))
