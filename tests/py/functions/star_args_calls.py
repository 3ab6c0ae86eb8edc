def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
kwargs = {"c": 3, "z": 4}
print(f(*args, **kwargs))
print(f(*range(5)))
print(f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}))
print(f(**{"a": "A", "b": "B"}))
try:
    f(1, 2, **{"a": 1})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(1, **[1])
except TypeError as e:
    print(e)
print(max(*[3, 9, 2]), print(*[], sep="x"))
