# Bound and unbound methods: identity, __self__, __func__, repr shape.
class A:
    def f(self, x=1):
        return x * 2

    def __repr__(self):
        return "<A>"


a = A()
m = a.f
print(m(), m(5), A.f(a, 3), m.__self__ is a, m.__func__ is A.f)
print(repr(m))
print(m == a.f, m != A().f, A.f.__name__, A.f.__qualname__)
print(type(m).__name__, type(A.f).__name__)
f = A.f
print(f(a, 4))
print(list(map(a.f, [1, 2])))
a.f = lambda: "instance attr"
print(a.f())


class B:
    pass


b = B()
print(repr(b.__init__).startswith("<method-wrapper '__init__' of B object"))
print(B.__init__ is object.__init__, B.__repr__ is object.__repr__)
print(repr(A.__repr__).startswith("<function A.__repr__"))
