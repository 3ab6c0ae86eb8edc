def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import permutations
t(lambda: list(permutations('abc')))
t(lambda: list(permutations(range(4), 2)))
t(lambda: list(permutations('ab', 3)))
t(lambda: list(permutations('ab', 0)))
t(lambda: list(permutations([])))
big = list(permutations(range(5)))
t(lambda: (len(big), big[:4], big[-1], len(set(big))))
t(lambda: [''.join(p) for p in permutations('aab')])
t(lambda: permutations([1], -1))
t(lambda: permutations([1], 'a'))
t(lambda: permutations(1))
