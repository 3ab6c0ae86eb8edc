def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import defaultdict
t(lambda: defaultdict(list, {1: 2}))
t(lambda: defaultdict(None, a=1))
t(lambda: defaultdict(int, [('x', 1)], y=2))
t(lambda: defaultdict())
t(lambda: defaultdict(list).copy())
d = defaultdict(list, {1: [2]})
c = d.copy()
c[3].append(4)
t(lambda: (d, c, type(c).__name__, c.default_factory))
t(lambda: defaultdict(list) | {1: 2})
t(lambda: {1: 2} | defaultdict(list))
u = defaultdict(int)
u |= {'a': 5}
t(lambda: u)
t(lambda: defaultdict(1))
t(lambda: defaultdict(None)[1])
t(lambda: defaultdict(int).__missing__('k'))
t(lambda: defaultdict.__name__)
t(lambda: defaultdict.__module__)
