class K:
    attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
k = K()
print(k.__class__ is K, k.__class__.__name__, k.__dict__)
k.__dict__["c"] = 3
print(k.c)
print("attr" in K.__dict__, "m" in K.__dict__, "a" in K.__dict__)
print(K.__dict__["attr"])
class L(K): pass
k.__class__ = L
print(type(k).__name__, isinstance(k, L))
