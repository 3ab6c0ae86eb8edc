m = __import__("math")
print(m.sqrt(9), m.__name__)
osp = __import__("os.path")
print(osp.__name__)
p = __import__("os.path", fromlist=["join"])
print(p.join("a", "b"))
try:
    __import__("no_such_mod_zz")
except ImportError as e:
    print(type(e).__name__, e)
