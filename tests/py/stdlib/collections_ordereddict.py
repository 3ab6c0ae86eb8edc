def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
t(lambda: od)
od.move_to_end('b')
t(lambda: od)
od.move_to_end('c', last=False)
t(lambda: od)
t(lambda: od.popitem())
t(lambda: od.popitem(last=False))
t(lambda: od)
t(lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) == dict(b=2, a=1))
t(lambda: OrderedDict())
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict([('x', 1)]) | {'y': 2})
t(lambda: {'y': 2} | OrderedDict([('x', 1)]))
t(lambda: OrderedDict.fromkeys('abc', 0))
t(lambda: list(reversed(OrderedDict(a=1, b=2))))
t(lambda: od.move_to_end('zz'))
t(lambda: OrderedDict(a=1).copy())
t(lambda: isinstance(od, dict))
lru = OrderedDict()
for key in 'abcabd':
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
t(lambda: list(lru))
