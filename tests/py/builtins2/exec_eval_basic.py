print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
ns = {"x": 10}
print(eval("x + 1", ns), eval("x * y", {"x": 2}, {"y": 21}))
exec("z = x * 3", ns)
print(ns["z"])
g = {}
exec("def f(a):\n    return a * 2\nres = f(21)", g)
print(g["res"], g["f"](5))
exec("import math\nr = math.floor(2.7)", g)
print(g["r"])
code = "for i in range(3):\n    print('loop', i)"
exec(code)
print(eval("len(s)", {"s": "hello"}), eval("  42  "))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
