def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import islice, count
t(lambda: list(islice('ABCDEFG', 2)))
t(lambda: list(islice('ABCDEFG', 2, 4)))
t(lambda: list(islice('ABCDEFG', 2, None)))
t(lambda: list(islice('ABCDEFG', 0, None, 2)))
t(lambda: list(islice(range(20), 2, 15, 3)))
t(lambda: list(islice(range(5), None)))
t(lambda: list(islice(range(5), None, None, None)))
t(lambda: list(islice(range(5), 10, 20)))
t(lambda: list(islice(count(), 3, 20, 7)))
it = iter(range(10))
t(lambda: (list(islice(it, 3)), list(islice(it, 2)), next(it)))
t(lambda: islice([1]))
t(lambda: islice([1], 'a'))
t(lambda: islice([1], -1))
t(lambda: islice([1], -5))
t(lambda: islice([1], 1, 'a'))
t(lambda: islice([1], -3, 4))
t(lambda: islice([1], 1, 2, 0))
t(lambda: islice([1], 1, 2, -1))
t(lambda: islice([1], 1, 2, 3, 4))
t(lambda: islice(1, 2))
t(lambda: islice([1], 2**70))
