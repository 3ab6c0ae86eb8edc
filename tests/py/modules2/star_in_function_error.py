src = "def f():\n    from _star_all import *\n"
try:
    compile(src, "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
