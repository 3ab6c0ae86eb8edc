def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from collections import Counter
c = Counter('abracadabra')
t(lambda: c)
t(lambda: c.most_common(2))
t(lambda: c.most_common())
t(lambda: c.most_common(0))
t(lambda: list(c.elements()))
t(lambda: (c['z'], c['a'], c.total(), len(c)))
t(lambda: Counter({'x': 2, 'y': 3}))
t(lambda: Counter(cats=4, dogs=8))
t(lambda: Counter())
t(lambda: Counter(['a', 'b', 'a']).most_common(1)[0])
words = 'the quick brown fox jumps over the lazy dog the end'.split()
t(lambda: Counter(words).most_common(3))
c3 = c.copy()
c3.update('zzz')
c3.update({'a': 10})
t(lambda: c3)
c3.subtract('aaaa')
c3.subtract({'z': 5})
t(lambda: c3)
del c3['nonexistent']
del c3['a']
t(lambda: c3)
t(lambda: isinstance(c, dict))
t(lambda: Counter.fromkeys('ab'))
t(lambda: sorted(Counter(a=2, b=0, c=-1).elements()))
