def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)
