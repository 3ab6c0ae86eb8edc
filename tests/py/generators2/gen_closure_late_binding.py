def make():
    for i in range(3):
        yield lambda: i
print([f() for f in make()])
print([f() for f in list(make())])
gens = [(x * k for x in range(3)) for k in range(1, 3)]
print([list(g) for g in gens])
