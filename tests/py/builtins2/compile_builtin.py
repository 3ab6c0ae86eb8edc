c = compile("a + b", "<expr>", "eval")
print(eval(c, {"a": 1, "b": 2}), type(c).__name__)
c2 = compile("x = 5\ny = x * 2", "<stmts>", "exec")
ns = {}
exec(c2, ns)
print(ns["x"], ns["y"])
c3 = compile("print('single mode')", "<s>", "single")
exec(c3)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
