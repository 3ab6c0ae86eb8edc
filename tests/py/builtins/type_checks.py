print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", str))
print(issubclass(bool, int), issubclass(int, object), type(1) is int, type(type))
print(int.__name__, str.__name__, type(len).__name__, callable(len), callable("x"))
print(len("abc"), len([1]), len({"a": 1}), len(range(10)), len(b"xy"))
try:
    len(5)
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(None) == id(None))
try:
    hash([])
except TypeError as e:
    print(e)
