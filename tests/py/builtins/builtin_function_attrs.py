# Introspection attributes of builtin functions, bound builtin methods and
# method descriptors.
import math


class L(list):
    pass


print(len.__name__, len.__qualname__, len.__module__, len.__self__.__name__)
print([].append.__name__, [].append.__qualname__, [].append.__module__, [].append.__self__)
print(L().append.__qualname__, dict.fromkeys.__qualname__, dict.fromkeys.__self__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(math.sqrt.__qualname__, math.sqrt.__module__, math.sqrt.__self__.__name__)
print(str.maketrans.__self__, int.__new__.__self__)
lst = [1]
print(lst.append.__self__ is lst)


def f():
    exec("q = 1")
    first = locals()
    a = 2
    second = locals()
    return first is second, sorted(second)


print(f())
