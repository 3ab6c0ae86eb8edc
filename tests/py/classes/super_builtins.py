# super() reaching builtin base methods: Exception.__init__, dict/list
# methods, object.__repr__/__setattr__/__init__.
class Err(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


e = Err(1, 2, 3)
print(e.args, e.extra, str(e))


class D(dict):
    def __getitem__(self, k):
        return ("wrapped", super().__getitem__(k))

    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

    def keys(self):
        return sorted(super().keys())


d = D()
d["b"] = 1
d["a"] = 2
print(d["a"], d.keys(), dict.__getitem__(d, "b"), len(d))


class L(list):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)

    def __len__(self):
        return super().__len__() + 100


l = L([1, 2])
print(l, len(l), list.__len__(l))


class R:
    def __repr__(self):
        return "R:" + super().__repr__()[:9]

    def __setattr__(self, k, v):
        super().__setattr__(k, v + 1)

    def __init__(self):
        super().__init__()
        self.x = 1


r = R()
print(repr(r), r.x)


class S(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(S("ab").upper(), super(S, S("q")).__len__())


class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 10)


print(I(2) + 3, type(I(2) + 3).__name__)
