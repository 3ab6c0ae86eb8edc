def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("ǆungla".title(), "ǅ".lower(), "ǅ".upper(), "ǅ".istitle(), "ß".casefold(), "ΣίσυφοΣ".lower(), "ﬀ".casefold() if False else "")
print("hello world".title(), "HELLO wORLD".swapcase(), "a1b2".upper(), "Éé".lower(), "éa".capitalize(), "1a".capitalize(), "".title())
print("x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"), "xy".center(4, "é"), "abc".ljust(6, "."), "abc".rjust(6, "é"), "é".center(3))
print("-5".zfill(4), "+".zfill(3), "5".zfill(-1), "éé".zfill(4), "a\tb\tc".expandtabs(1), "\t\t".expandtabs(3), "x\r\ty".expandtabs(4))
t(lambda: "x".zfill("3"))
t(lambda: "x".center())
t(lambda: "x".expandtabs("2"))
t(lambda: "x".rjust(3, ""))
print("Hello".isidentifier(), "class".isidentifier(), "Ωmega".isidentifier(), "x2".isidentifier(), "²".isidentifier(), "_".isidentifier(), "a b".isidentifier())
print("Title Case".istitle(), "Not title".istitle(), "ABC".isupper(), "ABC1".isupper(), "1".isupper(), "abc".islower(), "".islower(), "\u00a0".isspace())
