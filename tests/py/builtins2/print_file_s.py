import sys
import os
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
fn = "_tmp_builtins2_print.txt"
with open(fn, "w") as f:
    print("a", 1, [2], sep="|", end="!\n", file=f)
    print(file=f)
    print("x", "y", file=f, sep="")
with open(fn) as f:
    print(repr(f.read()))
os.remove(fn)
print("flush", flush=True)
sys.stdout.write("written directly\n")
print(None, file=None)
