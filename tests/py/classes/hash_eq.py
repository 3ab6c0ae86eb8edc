# __eq__ without __hash__ makes instances unhashable; explicit __hash__ works.
class A:
    def __eq__(self, o):
        return True


print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print("TypeError:", e)
try:
    {A(): 1}
except TypeError as e:
    print("TypeError:", e)


class B:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, B) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


d = {B(1): "one", B(2): "two"}
print(d[B(1)], B(2) in d, len({B(1), B(1), B(3)}))
print(hash(B(5)) == hash(5))


class C(B):
    pass


print(hash(C(7)) == hash(7))


class D(B):
    def __eq__(self, o):
        return False


try:
    hash(D(1))
except TypeError as e:
    print("TypeError:", e)


class E:
    pass


e1 = E()
print(hash(e1) == hash(e1), type(hash(e1)).__name__)
print(list.__hash__, dict.__hash__, set.__hash__)


class L(list):
    pass


try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
