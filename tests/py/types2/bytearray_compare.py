def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = bytearray(b"abc"), b"abd"
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b > a, bytearray(b"") < bytearray(b"\x00"), a == bytearray(b"abc"))
t(lambda: a < "abc")
t(lambda: a < 1)
t(lambda: a + 1)
t(lambda: 1 + a)
t(lambda: a * 1.5)
print(a == 5, a != None, [bytearray(b"q")] == [b"q"], (b"q",) == (bytearray(b"q"),), a.decode() == "abc", str(a, "ascii"))
print(bytearray(b"Hello").upper() == b"HELLO", bytearray(b"a").isalpha(), bytearray().isalpha(), bytearray(b"A B").istitle(), bytearray(b"  ").isspace())
