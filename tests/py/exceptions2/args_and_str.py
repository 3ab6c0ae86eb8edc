for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), ValueError(None), KeyError(1), KeyError("k", "j")]:
    print(repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("p", "q")
print(str(e))
print(str(OSError(2, "nope")), OSError(2, "nope").strerror)
print(str(StopIteration(5)), UnicodeError("u"))
