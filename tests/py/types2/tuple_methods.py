def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tp = (1, 2, 3, 2, 1)
print(tp.count(2), tp.index(2), tp.index(2, 2), tp.index(1, -1), tp[::-1], tp[1:3], tp * 2, (1,) + (2,), tp < (1, 3), () == tuple())
t(lambda: tp.index(9))
t(lambda: tp.index(1, 1, 3))
t(lambda: tp[10])
t(lambda: tp + [1])
t(lambda: tuple(5))
print(tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in (1, 2)), hash((1, 2)) == hash(tuple([1, 2])), (1, 2) in {(1, 2)})
print(sorted(m for m in dir(tuple) if not m.startswith("_")), len(()), bool(()), bool((0,)), repr((1,)), repr(()))
