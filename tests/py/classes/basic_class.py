# Class creation, instances, class vs instance attributes.
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, Point.__doc__)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, Point(0, 0).dims)
print(sorted(p.__dict__.items()))
print(Point.norm2(p))
q = Point(1, 1)
q.extra = "e"
print(q.extra, hasattr(p, "extra"), getattr(p, "extra", "none"))
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))


class Empty:
    pass


e = Empty()
print(type(e).__name__, Empty.__name__, Empty.__qualname__, Empty.__module__)
print(Empty.__bases__ == (object,), Empty.__mro__ == (Empty, object))
print(repr(Empty).startswith("<class '__main__.Empty'"))
print(repr(e).startswith("<__main__.Empty object at 0x"))
