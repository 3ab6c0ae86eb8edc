def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c), next(c))
def guarded():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
g = guarded()
print(next(g), g.throw(ValueError("boom")))
def gen_fin():
    try:
        yield 1
    finally:
        print("finalized")
x = gen_fin()
next(x)
del x
print("after del")
