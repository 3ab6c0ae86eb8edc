class Odd(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = Odd(1, 2)
print(e.args, str(e), repr(e), e.a + e.b)
class WithMsg(ValueError):
    pass
w = WithMsg("bad", "value")
print(w.args, str(w), repr(w))
print(str(WithMsg()), repr(WithMsg()), str(WithMsg("only")))
