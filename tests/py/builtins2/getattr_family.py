class C:
    x = 1
    def __init__(self): self.y = 2
c = C()
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "y"), hasattr(c, "z"))
setattr(c, "z", 3)
print(c.z, getattr(c, "z"))
delattr(c, "z")
print(hasattr(c, "z"))
setattr(C, "w", 10)
print(c.w, C.w)
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr([], "append").__name__, getattr(5, "real"), hasattr("s", "upper"))
