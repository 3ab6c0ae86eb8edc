def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate({}), "abc".translate(str.maketrans("", "", "b")))
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, str.maketrans({"é": "e"}), "café".translate(str.maketrans({"é": "e"})))
print("abc".translate({97: "xyz", 98: 66}), "aaa".translate({97: ""}), "a€".translate({8364: "EUR"}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: 1.0}))
t(lambda: str.maketrans("a", "b", 5))
t(lambda: str.maketrans({1.5: "a"}))
t(lambda: str.maketrans())
t(lambda: str.maketrans("a", "b", "c", "d"))
print("translate with list".translate([None] * 32 + ["_"]), "abc".translate("xy" * 100))
