def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(1, 2, 3, sep="")
print(1, 2, sep=None, end=None)
print("a", "b", sep="\n", end="|\n")
print()
print("no newline", end="")
print(" joined")
print(*[1, 2, 3], sep=", ")
print("flush", flush=True)
print(b"bytes", bytearray(b"ba"), None, 1.5, [1, "x"], sep=" ; ")
t(lambda: print(end=5))
t(lambda: print(file=1))
t(lambda: print(flush=None))
