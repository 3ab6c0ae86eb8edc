counter = 0
exec("counter += 5")
print(counter)
def f():
    exec("q = 1")
    return "q" in locals()
print(f())
env = {"__builtins__": __builtins__}
exec("val = len('abc')", env)
print(env["val"], "__builtins__" in env)
d = {}
exec("x = 1", d)
print(sorted(k for k in d if k != "__builtins__"))
print(eval("__name__"))
