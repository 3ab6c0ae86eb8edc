def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
gen = stubborn()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored value"
gen = returns_on_close()
next(gen)
print(gen.close())
