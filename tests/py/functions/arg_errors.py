def f(a, b, *, k):
    pass
tests = [lambda: f(1), lambda: f(1, 2, 3, k=1), lambda: f(1, 2), lambda: f(1, 2, k=1, z=2),
         lambda: f(1, a=1, b=2, k=3), lambda: len(), lambda: len(1, 2), lambda: (lambda: 0)(1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(x, y=1):
    pass
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
