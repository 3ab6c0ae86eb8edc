from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s area=%s" % (type(self).__name__, self.area())
class Half(Shape):
    def area(self): return 1
class Square(Half):
    def perimeter(self): return 4
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square().describe(), isinstance(Square(), Shape))
