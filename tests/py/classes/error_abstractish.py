class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Blob(Shape):
    def area(self):
        raise NotImplementedError
try:
    Blob().area()
except NotImplementedError as e:
    print(repr(e))
