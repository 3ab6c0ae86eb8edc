def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

c = compile("x = 1\ny = x + 1\n", "<module>", "exec")
ns = {}
exec(c, ns)
print(ns["y"], c.co_name, c.co_filename, type(c).__name__)
e = compile("y * 10", "<e>", "eval")
print(eval(e, ns), e.co_name)
s = compile("y + 100", "<s>", "single")
exec(s, ns)
exec(compile("None", "<s>", "single"))
print(compile("pass", "f", mode="exec").co_filename, compile(source="1", filename="f", mode="eval").co_name)
t(lambda: compile("1", "f", "eval", 0x2000000))
t(lambda: compile("1", 5, "eval"))
t(lambda: compile("1", "f", 5))
t(lambda: compile("1"))
t(lambda: compile("(", "<paren>", "exec"))
t(lambda: compile("  x", "<indent>", "exec"))
t(lambda: exec(compile("1", "f", "eval")))
print(eval(compile("[1, 2]", "<l>", "eval")), eval("(lambda: 7)()"), eval("x", {"x": "g"}, {}), eval(b"2 ** 5"))
