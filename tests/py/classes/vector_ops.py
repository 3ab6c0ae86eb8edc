# A Vector class with full operator overloading.
import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return any(self.c)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __matmul__(self, other):
        return self * other


v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, -v, v * 2, 2 * v, v * w, v @ w, v / 2, abs(v))
print(v == Vector(3, 4), v != w, bool(Vector(0, 0)), bool(v), len(v), v[1], list(v))
print(sorted([v, w, Vector(0, 1)]), max(v, w), {v: "v"}[Vector(3, 4)])
u = v
u += w
print(u, v, u is v)
u *= 3
print(u)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))
