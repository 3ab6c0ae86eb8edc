class Plain: pass
class EqOnly:
    def __eq__(self, o): return True
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain())
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s))
d = {EqHash("a"): 1}
print(d[EqHash("a")])
class Child(EqHash):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
