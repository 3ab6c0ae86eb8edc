import os
fn = "_tmp_builtins2_text.txt"
with open(fn, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
print(n)
with open(fn) as f:
    print(repr(f.read()))
with open(fn) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(fn, "a") as f:
    f.write("\nappended")
with open(fn, "r") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(fn, encoding="utf-8") as f:
    print(f.read(4), f.read(4), repr(f.readline()))
print(f.closed)
os.remove(fn)
print(os.path.exists(fn))
