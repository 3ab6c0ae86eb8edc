def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import bisect
a = [1, 2, 2, 3, 5]
t(lambda: [bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 4)])
t(lambda: [bisect.bisect_left(a, 2, 2), bisect.bisect(a, 10, 0, 3), bisect.bisect_left(a, 0)])
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9)
t(lambda: a)
t(lambda: bisect.bisect_left([('a', 1), ('b', 5)], 5, key=lambda p: p[1]))
pairs = [('x', 1), ('y', 4)]
bisect.insort(pairs, ('z', 3), key=lambda p: p[1])
t(lambda: pairs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
t(lambda: [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
t(lambda: bisect.bisect(a, 1, -1))
t(lambda: bisect.bisect([], 1))
