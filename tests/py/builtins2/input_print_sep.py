print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print(*[1, 2, 3], sep="-")
print(*"xyz")
print("no newline", end="")
print()
print(1, None, True, 1.5, [None], sep=" / ")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
