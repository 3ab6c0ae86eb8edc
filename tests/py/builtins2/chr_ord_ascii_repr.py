print(chr(65), chr(0x263A), ord("a"), ord("\n"), ord("€"), ascii("é€"), ascii([1, "ü"]), repr("é"))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1e3), format(10))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
