for x in [1.0, 1.5, -2.0, 0.0, 1e300, 3.141592653589793]:
    print(x, x.is_integer(), x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).conjugate(), (3.0).real)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(float("  1e3 "), float("-inf"), float("nan") != float("nan"), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(1e16, 1e-5, 0.1 + 0.2, 123456789.0 * 10, 1 / 3, -0.0, 2.0 ** 0.5)
