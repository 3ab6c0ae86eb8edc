# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")


l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "q"))
try:
    l.q
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


g = Logged()
g.a = 5
print(g.a, g.log)
del g.a
print(g.log, hasattr(g, "a"))
try:
    del g.zz
except AttributeError as e:
    print("AttributeError:", e)


class Spy:
    def __init__(self):
        self.value = 3

    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name) * 10

    def __getattr__(self, name):
        return "fallback:" + name


s = Spy()
print(s.secret, s.value, s.missing)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)

    def __getattr__(self, name):
        return getattr(self._t, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
print(getattr(Lazy(), "nothere", "dflt"))
