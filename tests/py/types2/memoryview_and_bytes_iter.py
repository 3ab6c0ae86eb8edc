b = b"abc"
print([x for x in b], list(bytearray(b"hi")), b"%d-%s" % (5, b"x"), b"abc".decode("ascii"))
print(bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"a,b,c".split(b",", 1), b"x\ny".splitlines())
print(b"  pad ".lstrip(), b"ab".ljust(4, b"."), b"AbC".swapcase(), b"abc".index(b"c"), b"hello".rfind(b"l"), b"abc" < b"abd")
