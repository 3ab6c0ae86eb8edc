G = "global value"
def f(x):
    y = x * 2
    loc = locals()
    return sorted(loc.items())
print(f(5))
print(globals()["G"], "f" in globals(), globals() is globals())
globals()["DYN"] = 42
print(DYN)
def g():
    return "G" in globals(), "G" in locals()
print(g())
print(locals() is globals())
