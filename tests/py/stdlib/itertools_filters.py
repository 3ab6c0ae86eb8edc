def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import compress, dropwhile, takewhile, filterfalse, starmap
t(lambda: list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
t(lambda: list(compress('ABC', [1, 1, 1, 1, 1])))
t(lambda: list(compress(range(10), (x % 3 == 0 for x in range(10)))))
t(lambda: list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
t(lambda: list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
t(lambda: list(takewhile(bool, [1, 2, 0, 3])))
t(lambda: list(filterfalse(lambda x: x % 2, range(10))))
t(lambda: list(filterfalse(None, [0, 1, '', 'a', [], [0]])))
t(lambda: list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
t(lambda: list(starmap(lambda *a: sum(a), [[1, 2, 3], (), 'ab' and (4,)])))
t(lambda: compress([1]))
t(lambda: dropwhile(len))
t(lambda: takewhile(len))
t(lambda: filterfalse(len))
t(lambda: starmap(len))
t(lambda: list(starmap(len, [1])))
t(lambda: list(takewhile(lambda x: 1 / x, [1, 0, 2])))
