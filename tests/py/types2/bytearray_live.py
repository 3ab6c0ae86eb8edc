def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = bytearray(b"abc")
it = iter(b)
print(next(it))
b.append(100)
print(list(it), type(iter(b)).__name__)
out = []
for x in b:
    if x == 97:
        b.append(101)
    out.append(x)
print(out, b)
b2 = bytearray(b"xyz")
b2.__init__(b"new")
print(b2, len(b2))
m = bytearray(b"hello")
v = m
m[0:1] = b"J"
print(v, v is m, m.find(b"l"), m.count(108), m.index(111), m.rfind(b"l"), 111 in m, b"ell" in m)
print(bytearray(b"a") + bytearray(b"b"), bytearray(b"ab") * 0, bytearray(3) == bytes(3), bytearray(b"x") == "x", sorted([bytearray(b"b"), b"a"]))
