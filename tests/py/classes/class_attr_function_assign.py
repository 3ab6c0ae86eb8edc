def outside(self, k):
    return self.base + k
class C:
    base = 10
    method = outside
print(C().method(5))
C.later = lambda self: self.base * 2
print(C().later())
c = C()
c.inst_fn = lambda k: k + 1
print(c.inst_fn(1))
