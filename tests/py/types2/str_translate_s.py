t = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 99})
print("abcd".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
