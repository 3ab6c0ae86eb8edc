def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from collections import Counter
c = Counter(a=3, b=1, c=2)
d = Counter(a=1, b=5, z=2)
t(lambda: c + d)
t(lambda: c - d)
t(lambda: c | d)
t(lambda: c & d)
t(lambda: +Counter(a=1, b=-2))
t(lambda: -Counter(a=1, b=-2))
e = Counter(a=3, b=1)
e -= Counter(a=1, b=2)
t(lambda: e)
e += Counter(q=1)
t(lambda: e)
e |= Counter(x=3)
t(lambda: e)
e &= Counter(x=1, a=5)
t(lambda: e)
t(lambda: Counter(a=1) == Counter(a=1, b=0))
t(lambda: Counter(a=1) != Counter(a=2))
t(lambda: Counter(a=1) <= Counter(a=2))
t(lambda: Counter(a=1) < Counter(a=1))
t(lambda: Counter(a=3) >= Counter(a=1, b=0))
t(lambda: Counter(a=1) == {'a': 1})
t(lambda: c + 1)
