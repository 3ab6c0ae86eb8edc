def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import operator as op
t(lambda: op.add(1))
t(lambda: op.add(1, 'a'))
t(lambda: op.neg())
t(lambda: op.neg(1, 2))
t(lambda: op.neg('a'))
t(lambda: op.not_(1, 2))
t(lambda: op.truth())
t(lambda: op.index(1.5))
t(lambda: op.is_(1))
t(lambda: op.setitem([1], 5, 0))
t(lambda: op.truediv(1, 0))
t(lambda: op.add(a=1, b=2))
t(lambda: op.lt(1, 'a'))
t(lambda: op.invert(1.5))
