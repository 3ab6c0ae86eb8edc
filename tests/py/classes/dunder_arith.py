# Binary, reflected and in-place arithmetic dunders, NotImplemented.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return N(o + self.v) if isinstance(o, int) else NotImplemented

    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))

    def __rsub__(self, o):
        return N(o - self.v)

    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return N(self.v / o)

    def __floordiv__(self, o):
        return N(self.v // o)

    def __mod__(self, o):
        return N(self.v % o)

    def __pow__(self, o, mod=None):
        return N(pow(self.v, o, mod))

    def __rpow__(self, o):
        return N(o ** self.v)

    def __matmul__(self, o):
        return "matmul"

    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __rand__(self, o): return N(o & self.v)

    def __iadd__(self, o):
        self.v += o
        return self


a = N(5)
print(a + N(1), a + 2, 3 + a, a - 1, 10 - a, a * 2, 2 * a, a * N(3))
print(a / 2, a // 2, a % 3, a ** 2, pow(a, 2, 7), 2 ** a, a @ a)
print(a << 1, a >> 1, a & 3, a | 8, a ^ 1, 6 & a)
b = a
b += 10
print(a, b is a)
c = N(1)
c -= 1
print(c, c is not a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a += "x"
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


ops = [lambda a: a + 1, lambda a: a - 1, lambda a: a * 1, lambda a: a / 1,
       lambda a: a // 1, lambda a: a % 1, lambda a: a ** 1, lambda a: a << 1,
       lambda a: a & 1, lambda a: a @ 1, lambda a: 1 + a, lambda a: -a, lambda a: ~a]
for op in ops:
    try:
        op(Plain())
    except TypeError as e:
        print("TypeError:", e)
