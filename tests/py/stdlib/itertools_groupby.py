def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import groupby
t(lambda: [k for k, g in groupby('AAAABBBCCDAABBB')])
t(lambda: [list(g) for k, g in groupby('AAAABBBCCD')])
t(lambda: [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
t(lambda: [(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
t(lambda: list(groupby([])))
groups = list(groupby('aabbc'))
t(lambda: [(k, list(g)) for k, g in groups])
it = groupby('aaabbb')
k1, g1 = next(it)
t(lambda: next(g1))
k2, g2 = next(it)
t(lambda: (k1, k2, list(g1), list(g2)))
data = [('a', 1), ('a', 2), ('b', 3)]
t(lambda: {k: [v for _, v in g] for k, g in groupby(data, lambda p: p[0])})
t(lambda: groupby(1))
t(lambda: type(next(groupby('a'))[1]).__name__)
