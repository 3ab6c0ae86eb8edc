class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return Num(abs(self.v))
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __pow__(self, e, m=None): return ("pow", self.v, e, m)
    def __round__(self, n=None): return ("round", n)
    def __repr__(self): return "Num(%r)" % self.v
class Seq:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(abs(Num(-3)), divmod(Num(7), 2), pow(Num(2), 3), pow(Num(2), 3, 5), round(Num(1)), round(Num(1), 1))
s = Seq()
print(next(s), list(s), next(s, "end"), sum(Seq()), sorted(Seq(), reverse=True), max(Seq()))
