def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")
gen = g()
print(next(gen))
gen.close()
print("closed")
gen.close()
try:
    next(gen)
except StopIteration:
    print("StopIteration after close")
fresh = g()
fresh.close()
print("closing unstarted runs nothing")
