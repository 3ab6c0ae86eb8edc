class A:
    def __eq__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return NotImplemented
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2)
try:
    a1 + B()
except TypeError as e:
    print("TypeError:", e)
try:
    A() < B()
except TypeError as e:
    print("TypeError:", e)
print(bool(NotImplemented) if False else "skip", repr(NotImplemented))
