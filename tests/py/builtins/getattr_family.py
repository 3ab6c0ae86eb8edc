print(getattr("abc", "upper")(), getattr([], "nope", "default"), hasattr("x", "join"), hasattr(1, "zz"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
try:
    (1).x = 5
except AttributeError as e:
    print(e)
def f():
    pass
f.custom = 42
print(f.custom, getattr(f, "custom"))
setattr(f, "other", 1)
print(f.other)
delattr(f, "other")
print(hasattr(f, "other"))
