print("hello world".title(), "ABC".casefold(), "a\tb".expandtabs(), "x".isidentifier(), "1x".isidentifier())
print("Hello".swapcase(), "  ".isspace(), "".isspace(), "Ab1".isalnum(), "٣".isdigit(), "½".isnumeric())
print("abcabc".rfind("b"), "abcabc".rindex("c"), "abc".find("c", 1, 2), "aaa".count("aa"), "abc".count(""))
print("a.b.c".split(".", -1), "  a  b  ".split(" "), "".split(), "".split(","), "abc".split("abc"))
print("mississippi".replace("ss", "SS"), "aaa".replace("a", "b", 0), "abc".replace("", "-"))
print("%s|%s" % ("abc".center(7), "abc".center(8, "-")), "tEST sTRING".capitalize())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("a" < "B", "é" > "z", "abc" == "abc", "ab" * 2 == "abab", min("bca"), max("bca"))
print(str.upper("x"), str.join(",", ["p", "q"]), "x".join("123"))
