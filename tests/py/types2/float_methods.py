def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e100).as_integer_ratio()[1])
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float("inf").hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print(round(2.675, 2), round(2.5), round(3.5), round(-0.5), round(1.23456, 3), round(1e20, -5), round(0.5, 0), type(round(2.5, 0)).__name__)
import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), (2.7).__floor__(), (2.1).__ceil__(), (-2.7).__trunc__(), (2.5).__round__())
t(lambda: (1.5).as_integer_ratio() and float("nan").as_integer_ratio())
t(lambda: float("inf").as_integer_ratio())
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: float.fromhex("zz"))
t(lambda: float("1e"))
t(lambda: math.floor("x"))
print(float("  1.5  "), float("-inf"), float("nan") != float("nan"), float("1_000.5"), float(b"2.5"), (3.0).conjugate(), (2.0).real, (2.0).imag)
print(1e16, 1.5e-7, 123456789.0, 0.1 + 0.2, -0.0, 1e22, 1.0e-5, float(2**53 + 1), 7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")), 1.0 == 1, 0.1 * 3 == 0.3)
