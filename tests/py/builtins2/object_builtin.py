o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, object.__bases__, type(object()) is object)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(o)[:17], o == o, o != object(), hasattr(o, "__dict__"))
class C: pass
print(C.__bases__, issubclass(C, object), object in C.__mro__)
print(object.__new__(C).__class__.__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
