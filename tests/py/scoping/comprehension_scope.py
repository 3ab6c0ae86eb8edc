x = 10
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
def g():
    return [lambda: i for i in range(2)]
print([h() for h in g()])
n = 3
print([[n * a + b for b in range(n)] for a in range(n)])
