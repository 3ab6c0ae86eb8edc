# Assigning dunders to a class after creation updates its behaviour and its
# subclasses'.
class A:
    pass


class B(A):
    pass


a, b = A(), B()
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
A.__add__ = lambda self, o: ("added", o)
print(a + 1, b + 2)
A.__len__ = lambda self: 7
print(len(a), len(b), bool(b))
A.__repr__ = lambda self: "A-repr"
print(repr(a), str(b))
B.__repr__ = lambda self: "B-repr"
print(repr(a), repr(b))
del A.__add__
try:
    b + 1
except TypeError as e:
    print("TypeError:", e)
A.__eq__ = lambda self, o: True
print(a == 5, b == None)
A.__call__ = lambda self, *args: sum(args)
print(a(1, 2, 3), b(4))
A.__getitem__ = lambda self, k: k * 2
print(a[21], list(zip(range(2), b)) if False else b[1])
A.__iter__ = lambda self: iter([1, 2])
print(list(a), [x for x in b])
A.__hash__ = lambda self: 42
print(hash(a), hash(b))
