from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, p._fields, p._asdict())
p2 = p._replace(x=10)
print(p2, p, Point._make([5, 6]))
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class P3(namedtuple("P3", "a b")):
    def total(self): return self.a + self.b
print(P3(1, 2).total(), P3(1, 2))
