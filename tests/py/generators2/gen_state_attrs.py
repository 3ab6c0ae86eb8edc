def g():
    yield 1
gen = g()
print(gen.__name__, type(gen).__name__, gen.gi_running)
print(gen.gi_frame is not None)
list(gen)
print(gen.gi_frame)
print(iter(gen) is gen)
