class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = Attr(x=1, y=2)
print(a.x, a.y, sorted(a.keys()), isinstance(a, dict))
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counting()
c["q"] = 2
print(c, dict(c))
