class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(3, (str, (float, int))))
print(issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(C, ()))
print(isinstance(True, int), isinstance(b, object), issubclass(int, object))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
