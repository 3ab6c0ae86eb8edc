def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
gen = g()
print(next(gen))
print(gen.throw(ValueError("bad")))
print(next(gen))
try:
    gen.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(gen)
except StopIteration:
    print("generator is finished")
