print("a" == "a", "abc" != "abd", sorted(["apple", "Apple", "banana", "apple pie"]))
print(hash("abc") == hash("ab" + "c"), {"k": 1}["k"], "x" * 3 == "xxx", "ab" in ["ab"], "c" in ("a", "b"))
print(max(["aa", "b", "abc"], key=len), min("zyx"), "abc".__eq__(1))
