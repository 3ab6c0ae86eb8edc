class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
class B(A):
    def f(self): return "B.f"
class C(B):
    def f(self):
        return [super().f(), super(B, self).f(), super(C, self).f()]
    @classmethod
    def c(cls): return super().c()
print(C().f(), C.c())
print(super(C, C()).f(), type(super(C, C())).__name__)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
