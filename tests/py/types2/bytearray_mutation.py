def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
b[1:3] = b"xyz"
print(b)
b[2:6] = []
print(b)
b[::2] = b"....."[:len(b[::2])]
print(b)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
b[len(b):] = bytearray(b"END")
print(b)
b[0:0] = [1, 2, 3]
print(b)
def setitem(obj, k, v):
    obj[k] = v
def delitem(obj, k):
    del obj[k]
t(lambda: setitem(b, 0, 256))
t(lambda: setitem(b, 100, 1))
t(lambda: setitem(b, "a", 1))
t(lambda: setitem(b, slice(None, None, 2), b"x"))
t(lambda: setitem(b, slice(0, 2), 5))
t(lambda: setitem(b, slice(0, 2), "ab"))
t(lambda: delitem(b, 100))
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y is x)
x *= 2
print(x, y is x)
print(x * 2, 2 * x, x + b"!", b"!" + x, type(b"!" + x).__name__, type(x + b"!").__name__)
t(lambda: x + "s")
t(lambda: x * "s")
z = bytearray(b"abc")
z *= 0
print(z)
s = bytearray(b"self")
s[:] = s
print(s)
s[1:3] = s
print(s)
