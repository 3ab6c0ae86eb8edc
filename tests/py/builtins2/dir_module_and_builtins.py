import builtins
names = dir(builtins)
for n in ["print", "len", "ValueError", "super", "property", "staticmethod", "classmethod", "object", "iter", "next", "zip", "map", "filter", "enumerate", "sorted", "reversed", "exec", "eval", "compile", "globals", "locals", "vars", "open", "__import__"]:
    print(n, n in names)
print(builtins.len is len, builtins.print("via builtins"))
