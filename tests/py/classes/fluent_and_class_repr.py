class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def order(self, col):
        self.parts.append("ORDER BY " + col)
        return self
    def __str__(self):
        return "SELECT * " + " ".join(self.parts)
print(Query().where("a > 1").order("b"))
print(repr(Query), str(Query), type(Query()) is Query, Query.__class__)
print(repr(int), repr(type), repr(object))
