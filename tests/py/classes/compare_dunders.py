import functools
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return "V(%d)" % self.v
a, b = V(1), V(2)
print(a == V(1), a != V(1), a < b, b > a, a <= b, b >= a)
print(a == 1, a != 1)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)]))
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
