class A:
    def __init__(self, **kw):
        self.extra = kw
class B(A):
    def __init__(self, b=0, **kw):
        self.b = b
        super().__init__(**kw)
class C(B):
    def __init__(self, c=0, **kw):
        self.c = c
        super().__init__(**kw)
o = C(c=3, b=2, z=9)
print(o.c, o.b, o.extra)
