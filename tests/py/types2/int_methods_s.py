for n in [0, 1, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), bin(n).count("1"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((2 ** 70).to_bytes(10, "big"), int.from_bytes((2 ** 70).to_bytes(10, "big"), "big") == 2 ** 70)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator)
print(int("ff", 16), int("0b101", 0), int("  -12  "), int("1_000"), int(3.99), int(-3.99), int("z", 36))
