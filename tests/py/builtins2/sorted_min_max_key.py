words = ["banana", "Apple", "cherry", "fig", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: w[-1]))
print(min(3, 1, 2), max(3, 1, 2, key=lambda v: -v), max([], default=None), min([5], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min("bca"), max(range(5), key=lambda v: v % 3))
print(max([1, 3, 3, 2], key=lambda v: v), max([[1], [1, 2]], key=len))
pairs = [(2, "b"), (1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
