import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
name = "_tmp_print_file.txt"
with open(name, "w") as fh:
    print("a", 1, [2], file=fh)
    print("b", "c", sep="-", end="!\n", file=fh)
    print(file=fh)
with open(name) as fh:
    print(repr(fh.read()))
print("to stderr", file=sys.stderr)
print("x", file=None)
t(lambda: print("x", file=5))
t(lambda: print("x", sep=5))
t(lambda: print("x", bogus=1))
import os
os.remove(name)
