def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _functools import reduce, partial
import operator
t(lambda: reduce(operator.add, [1, 2, 3, 4]))
t(lambda: reduce(operator.add, [1, 2, 3, 4], 100))
t(lambda: reduce(operator.add, [], 100))
t(lambda: reduce(operator.add, ['a']))
t(lambda: reduce(lambda acc, x: acc + [x * 2], range(4), []))
t(lambda: reduce(len))
t(lambda: reduce(len, 1))
t(lambda: reduce(len, []))
t(lambda: reduce(len, [], 1, 2))
t(lambda: reduce(len, [], x=2))
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(len, 1, a=2))
p = partial(max, 1)
q = partial(p, 2)
t(lambda: (q, q.args, q.func, q.keywords, p.keywords))
t(lambda: partial(max, 1, 5)(3))
t(lambda: partial(sorted, key=operator.neg)([3, 1, 2]))
t(lambda: partial(sorted, key=operator.neg)([3, 1, 2], key=None))
t(lambda: partial(sorted, key=operator.neg)([3, 1, 2], reverse=True))
def kw(a, b=2, *args, **k):
    return (a, b, args, k)
t(lambda: partial(kw, 1, x=1)(2, 3, y=2))
t(lambda: partial(kw, x=1)(0, x=5))
int2 = partial(int, base=2)
t(lambda: [int2('101'), int2('11', base=10)])
t(lambda: list(map(partial(pow, 2), range(5))))
t(lambda: type(partial(len)).__name__)
