from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import functools, random
class D(deque):
    def peek(self): return self[-1]
d = D([1, 2], maxlen=5)
d.append(3)
print(d, d.peek(), d.copy(), type(d.copy()).__name__, d + D([9]))
class DD(defaultdict):
    pass
x = DD(list); x['a'].append(1); print(x, x.copy())
class C(Counter): pass
print(C('aab'), C('ab') + C('b'))
class P(functools.partial): pass
print(P(max, 1)(2))
class R(random.Random):
    def random(self): return 0.5
print(R(1).choice([1, 2, 3]), R().uniform(0, 10))
Point = namedtuple('Point', 'x y')
class P3(Point):
    def norm(self): return abs(self.x) + abs(self.y)
print(P3(1, -2).norm(), P3(1, 2), Point.x)
print(namedtuple('A', 'x', module='m').__module__, Point.__module__)
import itertools
class Cnt(itertools.count): pass
print(Cnt(3), next(Cnt(3)))
