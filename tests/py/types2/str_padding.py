print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abcdef".ljust(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
