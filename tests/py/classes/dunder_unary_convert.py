# Unary operators and conversions: __neg__, __pos__, __invert__, __abs__,
# __index__, __int__, __float__, __format__, __str__/__repr__ interplay.
class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return "inverted"

    def __abs__(self):
        return abs(self.v)

    def __index__(self):
        return self.v

    def __float__(self):
        return float(self.v) + 0.5

    def __repr__(self):
        return f"Num({self.v})"

    def __format__(self, spec):
        return f"<{self.v}:{spec}>"


n = Num(3)
print(-n, +Num(-2), ~n, abs(Num(-4)))
print([10, 20, 30, 40][n], bin(n), hex(n), "abcdef"[n:], float(n), int(n))
print(format(n, "x"), f"{n:>5}", "{}".format(n), str(n))
print(range(10)[Num(2)], list(range(Num(3))))


class OnlyInt:
    def __int__(self):
        return 7


print(int(OnlyInt()))


class StrOnly:
    def __str__(self):
        return "str!"


s = StrOnly()
print(str(s), f"{s}", repr(s).startswith("<__main__.StrOnly"))


class BadIndex:
    def __index__(self):
        return "no"


try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
