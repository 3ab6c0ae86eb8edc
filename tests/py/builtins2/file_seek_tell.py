def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
name = "_tmp_seek.bin"
with open(name, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
    f.seek(2)
    f.write(b"ab")
    print(f.tell(), f.seek(0, 2), f.seek(-3, 2))
with open(name, "rb") as f:
    print(f.read(), f.tell(), f.seek(4), f.read(2), f.seek(1, 1), f.read(1), f.seek(-1, 2), f.read())
    t(lambda: f.seek(0, 5))
with open(name, "r") as f:
    print(f.read(3), f.tell(), f.seek(0), f.readline())
    t(lambda: f.seek(1, 1))
f = open(name, "rb")
f.close()
t(lambda: f.read())
t(lambda: f.tell())
print(f.closed, repr(open(name, "rb")).startswith("<_io.BufferedReader name="), repr(open(name)).endswith("encoding='UTF-8'>"))
os.remove(name)
