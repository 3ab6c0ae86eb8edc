def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count(), (2**64 - 1).bit_count())
print((1024).to_bytes(2), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytearray(b"\x01"), "big"), int.from_bytes([1, 0], "big"))
print((10).as_integer_ratio(), (-3).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag, True.as_integer_ratio())
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: (1).to_bytes(-1, "big"))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(2**70 + 5, -1) % 100, type(round(15, -1)).__name__)
print(int("0x1f", 16), int("0b101", 0), int(" 12 "), int("1_000"), int(b"42"), int(bytearray(b"7")), int(3.99), int(-3.99))
t(lambda: int("12a"))
t(lambda: int("1__0"))
t(lambda: int(None))
t(lambda: int("5", 99))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(3, 4, 5), pow(2, -1, 5), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30) == hash(10**30 % (2**61 - 1)))
