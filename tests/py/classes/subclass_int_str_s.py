class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__, isinstance(e, int))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", type(n.upper()).__name__, repr(n))
class Cents(int):
    def __repr__(self):
        return "Cents(%d)" % int(self)
print(repr(Cents(5)), Cents(5) * 2, str(Cents(3)))
print({Name("k"): 1}["k"])
