def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
name = "_tmp_newline.txt"
with open(name, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(name, "w", newline="\r") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w") as f:
    f.writelines(["x\n", "y\n"])
with open(name, "rb") as f:
    print(list(f))
os.remove(name)
