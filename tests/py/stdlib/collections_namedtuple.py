def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
t(lambda: p)
t(lambda: (p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), p + (3,)))
t(lambda: p._asdict())
t(lambda: p._replace(x=5))
t(lambda: Point._make([3, 4]))
t(lambda: Point._fields)
t(lambda: Point.__name__)
t(lambda: Point.__doc__)
t(lambda: isinstance(p, tuple))
x, y = p
t(lambda: (x, y))
t(lambda: sorted([Point(2, 1), Point(1, 2)]))
t(lambda: hash(Point(1, 2)) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[1, 2])
t(lambda: (Q(0), Q(0, c=9), Q._field_defaults))
t(lambda: namedtuple('S', 'abc def class _x abc', rename=True)._fields)
t(lambda: namedtuple('S', 'a, b')(1, 2))
Employee = namedtuple('Employee', ['name', 'dept', 'salary'])
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90)]
t(lambda: max(staff, key=lambda e: e.salary).name)
t(lambda: [e._replace(salary=e.salary + 10) for e in staff])
t(lambda: Point(*[5, 6]))
t(lambda: Point(**{'x': 1, 'y': 2}))
