class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Rec:
    a = Field()
    b = Field()
r = Rec()
r.a = 5
print(r.a, r.b, Rec.a.name, sorted(r.__dict__))
