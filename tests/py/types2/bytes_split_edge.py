def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"".split(), b"".split(b","), b"   ".split(), b"a".split(b"a"), b"a,b,".split(b","), b",".rsplit(b","))
print(b"a b c d".split(None, 2), b"a b c d".rsplit(None, 2), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(None, 1), b"a\x0bb\x0cc\x1cd".split())
print(b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", 1), b"aaa".split(b"aa"), b"aaa".rsplit(b"aa"), b"abc".split(b"abc"))
print(b"x".split(maxsplit=-1), b"a b".split(sep=None, maxsplit=0), b"a b".rsplit(maxsplit=5), b" a b ".split(b" ", 1))
t(lambda: b"a".rsplit(b""))
t(lambda: b"a".split(1))
t(lambda: b"a".split(b",", "x"))
print(b"a\r\nb\n\rc".splitlines(True), b"\n".splitlines(), b"x\r".splitlines(keepends=True), bytearray(b"1\n2").splitlines())
