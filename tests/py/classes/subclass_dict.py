# Subclassing dict: __missing__, overriding __getitem__/__setitem__, super().
class Default(dict):
    def __missing__(self, key):
        return key * 2


d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


low = Lower()
low["ABC"] = 1
print(low["aBc"], dict(low), list(low.keys()), low)


class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self


c = Counter()
for w in "abracadabra":
    c.add(w)
print(sorted(c.items()), isinstance(c, dict), type(c).__name__)
c.tag = "t"
print(c.tag, c == dict(c), type(c.copy()).__name__)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


a = Attr(x=1)
print(a.x, hasattr(a, "y"))
