def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def run():
    local_a = 5
    out = {}
    exec("res = local_a * 2", globals(), {"local_a": local_a, "res": None} )
    exec("r2 = local_a + 1", None, out)
    return out
t(run)
g = {"__name__": "custom"}
exec("import math\nv = math.sqrt(16)\nname = __name__", g)
print(g["v"], g["name"], "math" in g)
code = compile("total = sum(range(n))", "<calc>", "exec")
for n in (3, 5):
    env = {"n": n}
    exec(code, env)
    print(env["total"])
print(eval("a + b", {"a": 1, "b": 2}), eval("a", {"a": 1}, {"a": 2}))
f = eval("lambda x: x * k", {"k": 3})
print(f(4))
t(lambda: exec(compile("1/0", "<zero>", "exec")))
t(lambda: eval("def x(): pass"))
t(lambda: compile("x = ", "<bad>", "exec"))
t(lambda: compile(b"1 + 1", "<b>", "eval") and eval(compile(b"1 + 1", "<b>", "eval")))
t(lambda: compile(5, "f", "exec"))
t(lambda: exec("return 5"))
t(lambda: exec("yield 5"))
t(lambda: eval("x", {"__builtins__": {}}, {}))
