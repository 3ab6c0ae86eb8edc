print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(4))), "x".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("ab" * 3, 3 * "-", "ab" * 0, "ab" * -1 == "")
print("abc"[::-1], "abcdef"[-3:], "abcdef"[1:-1:2], "abc"[5:], "abc"[-10:2])
print(min("hello"), max("hello"), sorted("cab"), list(reversed("abc")))
print(ord("€"), chr(8364), "€".encode("utf-8"), len("héllo"), "naïve"[2])
