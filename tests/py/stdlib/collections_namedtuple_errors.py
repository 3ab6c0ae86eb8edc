def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from collections import namedtuple
Point = namedtuple('Point', 'x y')
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[1, 2])
R = namedtuple('R', 'a b c d')
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=2))
t(lambda: Point(1, x=2))
t(lambda: Point())
t(lambda: Q())
t(lambda: R())
t(lambda: Point._make([1]))
t(lambda: Point(1, 2)._replace(z=1))
t(lambda: namedtuple('S', 'a a'))
t(lambda: namedtuple('S', 'a _b'))
t(lambda: namedtuple('S', 'a class'))
t(lambda: namedtuple('1S', 'a'))
t(lambda: namedtuple('S', 'a b', defaults=[1, 2, 3]))
def setattr_nt():
    p = Point(1, 2)
    p.x = 5
t(setattr_nt)
