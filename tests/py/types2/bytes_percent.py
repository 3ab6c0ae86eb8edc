def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"%d|%5d|%-5d|%05d|%+d" % (1, 2, 3, 4, 5), b"%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(b"%s and %b" % (b"bytes", bytearray(b"ba")), b"%r %a" % ("é", "q"), b"%c%c" % (97, b"b"), b"%.3f %e %g" % (1 / 3, 1e10, 0.5))
print(b"%(x)s=%(y)d" % {b"x": b"key", b"y": 10}, b"%%", b"%5s|%-5s|" % (b"ab", b"cd"), b"%.1s" % b"xyz", bytearray(b"%d") % 3)
t(lambda: b"%s" % "str")
t(lambda: b"%b" % 5)
t(lambda: b"%c" % 300)
t(lambda: b"%c" % "x")
t(lambda: b"%d" % b"1")
t(lambda: b"%d %d" % 1)
t(lambda: b"%q" % 1)
t(lambda: b"%(k)s" % (1,))
t(lambda: b"%" % ())
print(type(bytearray(b"%s") % b"x").__name__, b"no format" % (), b"%s" % (b"",))
