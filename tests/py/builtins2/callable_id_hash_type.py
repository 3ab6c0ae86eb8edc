print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("s".upper))
print(hash(1) == hash(1.0), hash("") == hash(""), type(hash("x")).__name__)
print(type(1), type("a"), type(None), type(len), type([].append).__name__, type(type))
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)
print(isinstance(len, type(print)), type(lambda: 0).__name__)
