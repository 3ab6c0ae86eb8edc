def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = __import__("math")
print(m.__name__, m.floor(2.5))
p = __import__("os.path")
print(p.__name__)
q = __import__("os.path", fromlist=["join"])
print(q.__name__, q.join("a", "b"))
t(lambda: __import__("no_such_module_xyz"))
t(lambda: __import__(5))
t(lambda: __import__(""))
import sys
print("math" in sys.modules, "os.path" in sys.modules, sys.modules["os"].path is sys.modules["posixpath"])
from os import path as P, sep
print(P.basename("/a/b"), sep)
