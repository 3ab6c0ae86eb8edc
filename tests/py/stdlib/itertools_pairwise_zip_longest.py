def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import pairwise, zip_longest
t(lambda: list(pairwise('ABCDE')))
t(lambda: list(pairwise('A')))
t(lambda: list(pairwise([])))
t(lambda: [a + b for a, b in pairwise([1, 2, 4, 8])])
t(lambda: list(zip_longest('ABCD', 'xy', fillvalue='-')))
t(lambda: list(zip_longest('AB', [1, 2, 3], (True,))))
t(lambda: list(zip_longest()))
t(lambda: list(zip_longest('ab')))
t(lambda: list(zip_longest([], [])))
t(lambda: pairwise())
t(lambda: pairwise(1))
t(lambda: zip_longest([1], foo=2))
t(lambda: zip_longest(1))
