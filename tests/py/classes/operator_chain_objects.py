class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
print(N(1) < N(2) < N(3))
print(N(3) < N(2) < N(1))
class Str:
    def __init__(self, s): self.s = s
    def __mod__(self, a): return "mod:" + str(a)
    def __rmod__(self, a): return "rmod:" + str(a)
    def __matmul__(self, o): return "matmul"
    def __pow__(self, o, m=None): return "pow %s %s" % (o, m)
    def __rpow__(self, o): return "rpow %s" % o
    def __floordiv__(self, o): return "floordiv"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
print(Str("a") % 1, 5 % Str("a"), Str("") @ 1, Str("") ** 2, pow(Str(""), 2, 5), 2 ** Str(""), Str("") // 1, ~Str(""), +Str(""))
