class C:
    def __init__(self, n):
        self.n = n
    def add(self, k):
        return self.n + k
c = C(10)
m = c.add
print(m(5), m.__self__ is c, m.__func__ is C.add)
print(C.add(c, 1))
print(m.__name__, C.add.__name__)
fns = [C(i).add for i in range(3)]
print([f(100) for f in fns])
print(c.add == c.add, c.add is c.add)
print(type(m).__name__, type(C.add).__name__)
