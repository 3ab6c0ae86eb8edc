def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import cycle, chain, islice
t(lambda: list(islice(cycle('abc'), 8)))
t(lambda: list(islice(cycle([]), 3)))
def gen():
    yield 1
    yield 2
t(lambda: list(islice(cycle(gen()), 5)))
t(lambda: list(chain([1, 2], 'ab', (3,), range(2))))
t(lambda: list(chain()))
t(lambda: list(chain.from_iterable(['ab', [1], (), range(3)])))
t(lambda: list(chain.from_iterable(x * 2 for x in 'ab')))
ch = chain([1], [2, 3])
t(lambda: (next(ch), next(ch), list(ch)))
t(lambda: cycle())
t(lambda: cycle(1))
t(lambda: list(chain(1)))
t(lambda: list(chain.from_iterable([1])))
t(lambda: chain(a=1))
