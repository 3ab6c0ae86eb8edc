def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import product
t(lambda: list(product('ab', range(2))))
t(lambda: list(product('ab', repeat=2)))
t(lambda: [''.join(p) for p in product('01', repeat=3)])
t(lambda: list(product()))
t(lambda: list(product('ab', [])))
t(lambda: list(product([1, 2], repeat=0)))
t(lambda: len(list(product(range(3), range(4), range(5)))))
t(lambda: list(product((x for x in 'ab'), 'c')))
t(lambda: product([1], repeat=-1))
t(lambda: product([1], foo=-1))
t(lambda: product(1))
