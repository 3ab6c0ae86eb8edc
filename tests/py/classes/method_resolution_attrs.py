class A:
    x = "A.x"
    def f(self): return "A.f"
class B(A):
    pass
class C(A):
    x = "C.x"
    def f(self): return "C.f"
class D(B, C):
    pass
d = D()
print(d.x, d.f())
print(getattr(D, "x"), D.f is C.f)
