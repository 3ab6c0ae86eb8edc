def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import operator as op
l = [1, 2, 3]
t(lambda: (op.setitem(l, 0, 9), op.delitem(l, 1), l, op.getitem(l, 0), op.contains(l, 9), op.contains(l, 5)))
d = {}
op.setitem(d, 'k', 1)
t(lambda: (d, op.getitem(d, 'k')))
t(lambda: op.getitem('abcdef', slice(1, 4)))
t(lambda: [op.countOf([1, 1, 2], 1), op.countOf('banana', 'a'), op.indexOf([1, 1, 2], 2)])
t(lambda: op.indexOf([1, 1, 2], 3))
t(lambda: [op.length_hint([1, 2]), op.length_hint(5), op.length_hint(5, 3)])
t(lambda: op.getitem(d, 'missing'))
t(lambda: op.delitem([], 0))
t(lambda: op.concat(1, 2))
t(lambda: op.concat([1], (2,)))
