print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(ValueError, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(isinstance(IndexError(), LookupError), ModuleNotFoundError.__mro__)
try:
    [][0]
except LookupError as e:
    print("caught via base:", type(e).__name__)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
print(str(KeyError("k")), str(KeyError()), str(ValueError()), str(OSError(2, "No such file")))
