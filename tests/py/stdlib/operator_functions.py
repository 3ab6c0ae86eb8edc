def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import operator as op
t(lambda: [op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3)])
t(lambda: [op.pow(2, 10), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3)])
t(lambda: [op.neg(3), op.pos(-3), op.abs(-2), op.invert(5), op.inv(0), op.index(7)])
t(lambda: [op.not_([]), op.truth([1]), op.is_(None, None), op.is_not(1, None)])
t(lambda: [op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 1), op.gt(1, 2), op.ge(3, 2)])
t(lambda: [op.add('a', 'b'), op.mul('ab', 2), op.concat([1], [2]), op.concat('x', 'y')])
t(lambda: [op.iadd(1, 2), op.isub(5, 1), op.imul(3, 3), op.ipow(2, 3), op.itruediv(1, 2), op.ifloordiv(9, 2)])
t(lambda: [op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 2), op.ior(1, 2), op.ixor(3, 1)])
l = [1]
r = op.iadd(l, [2])
t(lambda: (r is l, l, op.iconcat(l, (3,)), l))
t(lambda: [op.__add__(1, 2), op.__not__(0), op.__and__(6, 3), op.__inv__(1), op.__concat__([1], [2])])
t(lambda: op.call(len, [1, 2]))
t(lambda: op.call(sorted, [3, 1], reverse=True))
from _functools import reduce
t(lambda: reduce(op.mul, range(1, 8)))
t(lambda: list(map(op.add, [1, 2], [10, 20])))
t(lambda: sorted([3, 1, 2], key=op.neg))
