s = "  xxhixx  "
print(repr(s.strip()), repr(s.strip(" x")), repr(s.lstrip()), repr(s.rstrip(" x")))
print("www.example.com".strip("cmowz."), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "abc".removeprefix("z"))
h = "abracadabra"
print(h.find("bra"), h.rfind("bra"), h.find("bra", 2), h.find("bra", 2, 5), h.find("zz"), h.index("cad"), h.rindex("a"))
print(h.count("a"), h.count("bra"), h.count(""), "".count(""), h.count("a", 4, -1))
print(h.startswith("abr"), h.startswith(("x", "abra")), h.endswith("bra", 0, 4), h.startswith("bra", 1))
print(h.replace("a", "A"), h.replace("a", "A", 2), h.replace("", "-")[:8], "aaa".replace("a", "", 1))
