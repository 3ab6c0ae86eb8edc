import os
fn = "_tmp_builtins2_bin.dat"
data = bytes(range(256))
with open(fn, "wb") as f:
    print(f.write(data))
with open(fn, "rb") as f:
    b = f.read()
print(len(b), b == data, type(b).__name__, b[:4], b[-2:])
with open(fn, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read())
with open(fn, "ab") as f:
    f.write(b"\xff\x00")
print(os.path.getsize(fn))
with open(fn, "w", encoding="utf-8") as f:
    f.write("héllo ✓")
with open(fn, "rb") as f:
    print(f.read())
with open(fn, encoding="latin-1") as f:
    print(repr(f.read()))
os.remove(fn)
