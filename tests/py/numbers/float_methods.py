print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (1.5).hex())
print(float.fromhex("0x1.8p1"), (3.7).__floor__() if hasattr(3.7, "__floor__") else 3)
print(1.5.real, 1.5.imag, float("nan") == float("nan"), float("inf") > 1e308)
print(3.0 == 3, 0.1 * 3, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5, 9 ** 0.5)
print(int(1e20), 1e20 == 10 ** 20, float(10 ** 20), 10 ** 20 / 3)
print(-7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5.0 // 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
