def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import random
t(lambda: random.choice([]))
t(lambda: random.randrange(0))
t(lambda: random.randrange(5, 1))
t(lambda: random.randrange(0, 10, 0))
t(lambda: random.randrange(0, 10, -1))
t(lambda: random.randrange(10, step=2))
t(lambda: random.sample([1], 2))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.sample([1, 2], 1, counts=[1]))
t(lambda: random.choices('ab', [1]))
t(lambda: random.choices('ab', 2))
t(lambda: random.choices('ab', [0, 0]))
t(lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]))
t(lambda: random.seed([1]))
t(lambda: random.gammavariate(-1, 1))
t(lambda: random.getrandbits(-1))
t(lambda: random.Random().setstate((9, (), None)))
