import os
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

name = "_tmp_open_binary.bin"
with open(name, "wb") as fh:
    print(fh.write(b"\x00\x01hello\xff"), fh.mode, type(fh).__name__)
    fh.write(bytearray(b"\n-tail"))
with open(name, "rb") as fh:
    data = fh.read()
    print(type(data).__name__, data, fh.mode)
with open(name, "ab") as fh:
    fh.write(b"++")
with open(name, "rb") as fh:
    print(fh.read(3), fh.read(2), fh.readline(), fh.read())
with open(name, "r+b") as fh:
    fh.write(b"XY")
    fh.seek(0)
    print(fh.read(4), fh.tell())
with open(name, "rb") as fh:
    print(list(fh))
with open(name, "wb") as fh:
    t(lambda: fh.write("text"))
with open(name, "w") as fh:
    t(lambda: fh.write(b"bytes"))
    fh.write("line1\nline2\n")
with open(name, "rb") as fh:
    print(fh.read())
with open(name, "r", encoding="utf-8") as fh:
    print(fh.readlines())
with open(name, "w", encoding="latin-1") as fh:
    fh.write("caf\xe9\n")
with open(name, "rb") as fh:
    print(fh.read())
with open(name, "r", encoding="latin-1") as fh:
    print(repr(fh.read()))
with open(name, "wb") as fh:
    fh.write(b"a\r\nb\rc\n")
with open(name, "r") as fh:
    print(repr(fh.read()))
with open(name, "r", newline="") as fh:
    print(repr(fh.read()))
with open(name, "w", newline="\r\n") as fh:
    fh.write("x\ny\n")
with open(name, "rb") as fh:
    print(fh.read())
t(lambda: open(name, "rt+b"))
t(lambda: open(name, "rb", encoding="utf-8"))
t(lambda: open(name, "q"))
t(lambda: open("_no_such_file_here.bin", "rb"))
os.remove(name)
print(os.path.exists(name))
