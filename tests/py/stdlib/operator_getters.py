def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import operator as op
t(lambda: op.itemgetter(1)('abc'))
t(lambda: op.itemgetter(1, 0)('abc'))
t(lambda: op.itemgetter('k')({'k': 5}))
t(lambda: op.itemgetter(slice(1, None))([1, 2, 3]))
t(lambda: sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
t(lambda: op.itemgetter(1))
t(lambda: op.itemgetter(1, 'a'))
t(lambda: op.attrgetter('real')(3))
t(lambda: op.attrgetter('real', 'imag')(3))
t(lambda: op.attrgetter('real.numerator')(7))
t(lambda: op.attrgetter('a.b', 'c'))
t(lambda: op.methodcaller('upper')('abc'))
t(lambda: op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
t(lambda: op.methodcaller('f', 1, k=2))
t(lambda: op.methodcaller('replace', 'a', 'b'))
t(lambda: op.itemgetter(5)([1]))
t(lambda: op.itemgetter(1)(1))
t(lambda: op.attrgetter('x')(1))
t(lambda: op.itemgetter())
t(lambda: op.attrgetter(1))
t(lambda: op.methodcaller())
t(lambda: op.methodcaller(1))
t(lambda: op.itemgetter(0)([1], [2]))
t(lambda: op.methodcaller('nope')(1))
