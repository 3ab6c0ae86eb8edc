def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
t(lambda: [V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3)])
@functools.total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
t(lambda: [W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(3) >= W(2)])
t(lambda: [x.v for x in sorted([V(3), V(1), V(2)])])
def none_defined():
    @functools.total_ordering
    class N:
        pass
t(none_defined)
class CP:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
cp = CP()
t(lambda: (cp.val, cp.val))
