def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["a"], g["b"], "__builtins__" in g)
x = 10
exec("x = x + 1")
print(x)
def f():
    y = 3
    return eval("y + 1"), eval("x")
print(f())
ns = {"v": 1}
loc = {}
exec("w = v + 1", ns, loc)
print(loc, "w" in ns)
code = compile("3 * 7", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(3): print(i)", "<loop>", "exec")
exec(code2)
print(exec("1"), eval("[i * i for i in range(4)]"))
code3 = compile("'single'", "<s>", "single")
exec(code3)
t(lambda: eval("1 +"))
t(lambda: exec("def"))
t(lambda: compile("x", "f", "bad"))
t(lambda: eval("undefined_name"))
t(lambda: eval(5))
t(lambda: exec("x", []))
t(lambda: eval("x", {}, 5))
t(lambda: compile("a = 1", "<f>", "eval"))
print(eval("__name__"), eval("len")("abc"), eval("  1 + 1\n"))
src = "def sq(n):\n    return n * n\nresult = sq(9)\n"
scope = {}
exec(src, scope)
print(scope["result"], scope["sq"](3), scope["sq"].__name__)
print(eval(compile("1 if True else 2", "<c>", "eval"), {}))
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("caught", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("caught", e)
