# Mixins and cooperative multiple inheritance with keyword arguments.
class Base:
    def __init__(self, **kw):
        self.init_order = ["Base"]
        self.rest = kw


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())
                           if k not in ("init_order", "rest"))
        return f"{type(self).__name__}({fields})"


class NameMixin(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.init_order.append("Name")


class AgeMixin(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.init_order.append("Age")


class Person(ReprMixin, NameMixin, AgeMixin):
    pass


p = Person(name="ann", age=30, extra=1)
print(p, p.init_order, p.rest)
print([k.__name__ for k in Person.__mro__])


class ComparableMixin:
    def __eq__(self, o):
        return self.key() == o.key()

    def __lt__(self, o):
        return self.key() < o.key()

    def __le__(self, o):
        return self.key() <= o.key()


class Version(ComparableMixin):
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def key(self):
        return self.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("0.9")]
print(sorted(vs), Version("1.0") == Version("1.0"), Version("1.0") <= Version("0.1"))
