def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from itertools import accumulate
import operator
t(lambda: list(accumulate([1, 2, 3, 4, 5])))
t(lambda: list(accumulate([1, 2, 3, 4], operator.mul)))
t(lambda: list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
t(lambda: list(accumulate([1, 2, 3], initial=100)))
t(lambda: list(accumulate([], initial=5)))
t(lambda: list(accumulate([])))
t(lambda: list(accumulate('abc')))
t(lambda: list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=None)))
t(lambda: list(accumulate([1.5, 2, 'x'])))
t(lambda: accumulate())
t(lambda: accumulate([1], None, 0, 1))
t(lambda: accumulate(5))
