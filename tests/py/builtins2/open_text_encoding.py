def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
name = "_tmp_text_enc.txt"
with open(name, "w", encoding="utf-8") as f:
    print(f.write("héllo\nwörld\n"), f.encoding)
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.readline()), f.errors if hasattr(f, "errors") and False else "")
with open(name, "rb") as f:
    print(f.read().decode("utf-8"))
with open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é!")
with open(name) as f:
    print(f.read())
t(lambda: open(name, encoding="no-such-codec"))
t(lambda: open(name, "w", encoding="ascii").write("é"))
t(lambda: open(name, newline="x"))
t(lambda: open(name, encoding=5))
t(lambda: open(5.5))
t(lambda: open(name, "rw"))
t(lambda: open(name, "rbb"))
t(lambda: open(name, "b"))
t(lambda: open(name, "wb", newline=""))
os.remove(name)
