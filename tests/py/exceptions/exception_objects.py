e = ValueError("a", 1)
print(e.args, str(e), repr(e))
e2 = KeyError("key")
print(str(e2), repr(e2))
print(repr(ZeroDivisionError()), str(Exception("x")), type(e).__name__)
print(isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
print(repr(SystemExit(3)), SystemExit(3).code, StopIteration(7).value)
print(OSError(2, "msg").errno, str(OSError(2, "No such file or directory")))
