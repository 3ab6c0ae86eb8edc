words = ("the quick brown fox jumps over the lazy dog " * 3).split()
print(len(words), words[:5])
counts = {}
for w_ in words:
    counts[w_] = counts.get(w_, 0) + 1
print(sorted(counts.items()))
print(" ".join(reversed(words[:9])))
print("a-b-c".partition("-"), "abc".partition("x"), "a-b-c".rpartition("-"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "\tx".expandtabs(4))
