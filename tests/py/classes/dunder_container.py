# Container protocol: __len__, __getitem__, __setitem__, __delitem__,
# __contains__, __iter__/__next__, __bool__ falling back to __len__.
class Bag:
    def __init__(self):
        self.d = {}

    def __len__(self):
        return len(self.d)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __contains__(self, k):
        return k in self.d

    def __iter__(self):
        return iter(sorted(self.d))


b = Bag()
print(len(b), bool(b))
b["x"] = 1
b["y"] = 2
print(len(b), bool(b), b["x"], "x" in b, "z" in b, "z" not in b, list(b))
del b["x"]
print(list(b))
try:
    b["q"]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 5 in Seq())
for v in Seq():
    print(v)


class Truth:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


print(bool(Truth(True)), bool(Truth(False)), "yes" if Truth(0 == 0) else "no")
print(not Truth(False))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)


class OnlySet:
    def __setitem__(self, k, v):
        pass


try:
    del OnlySet()[0]
except AttributeError as e:
    print("AttributeError:", e)
try:
    OnlySet()[0]
except TypeError as e:
    print("TypeError:", e)


class NotIter:
    __iter__ = None


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
