def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", "a", "a\n", "a\n\n", "\r\n", "a\rb\r\nc\nd", "x\x1c\x1d\x1e\x85\u2028\u2029y", "\n\n\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("abc"), "éxé".partition("x"), "".partition("x"), "".rpartition("x"))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(None))
t(lambda: "a".splitlines(1, 2))
