def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"\x00\xff\x10".hex(), b"".hex(), bytes.fromhex(""), bytes.fromhex(" 0a0B "), bytearray.fromhex("ff 00"), type(bytearray.fromhex("")).__name__)
print(b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -2), b"abcde".hex(" ", 2), b"abcde".hex(" ", -2), b"abc".hex(b"|", 1), bytearray(b"xy").hex("_"))
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("00 1"))
t(lambda: bytes.fromhex(5))
t(lambda: b"x".hex("ab"))
t(lambda: b"x".hex(""))
t(lambda: b"x".hex(5))
print(bytes.fromhex(b"x".hex()) == b"x", bytes.fromhex("41 42\t43\n44"))
