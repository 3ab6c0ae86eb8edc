class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self): return "Acc%r" % (self.items,)
a = Acc()
b = a
a += 1
a += 2
print(a, a is b)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
class Weird:
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return "mul fallback"
w = Weird()
w *= 3
print(w)
class Bits:
    def __init__(self, v): self.v = v
    def __ior__(self, o): self.v |= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
b = Bits(1); b |= 6; b &= 5; b <<= 2
print(b.v)
