def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(0), bytes(2), bytes([]), bytes([0, 255]), bytes((65, 66)), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("aé", "utf-8"), bytes("aé", "latin-1"), bytes("a", encoding="ascii"), bytes("\udcff", "utf-8", "surrogateescape"), bytes("é", "ascii", "ignore"))
print(bytes(iter([1, 2])), bytes(x for x in [3, 4]), bytes({5: 0}), bytes(True), bytes(bytearray(3)))
t(lambda: bytes("x"))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.0))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytes(encoding="utf-8"))
t(lambda: bytes("x", 5))
t(lambda: bytes("é", "ascii"))
t(lambda: bytes("x", "nope"))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[:-1], b"abc"[::2], b"abc"[5:], b"" == bytes(), len(bytes(10)))
