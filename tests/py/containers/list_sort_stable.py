pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs))
words = "Banana apple Cherry date".split()
print(sorted(words), sorted(words, key=str.lower))
print(sorted([5, 2.5, 3, -1, 0.0]), sorted("hello"), sorted({3: 1, 1: 2}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
