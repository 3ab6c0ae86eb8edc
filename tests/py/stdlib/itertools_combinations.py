def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import combinations, combinations_with_replacement
t(lambda: list(combinations('ABCD', 2)))
t(lambda: list(combinations(range(4), 3)))
t(lambda: list(combinations('ab', 0)))
t(lambda: list(combinations('ab', 3)))
t(lambda: list(combinations([], 0)))
t(lambda: len(list(combinations(range(10), 4))))
t(lambda: list(combinations_with_replacement('ABC', 2)))
t(lambda: list(combinations_with_replacement(range(2), 3)))
t(lambda: list(combinations_with_replacement('', 0)))
t(lambda: list(combinations_with_replacement('', 1)))
t(lambda: len(list(combinations_with_replacement(range(5), 3))))
t(lambda: combinations([1]))
t(lambda: combinations([1], -1))
t(lambda: combinations_with_replacement([1], -1))
t(lambda: combinations([1], 'a'))
