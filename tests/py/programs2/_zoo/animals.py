from .errors import FeedingError
class Animal:
    count = 0
    diet = ()
    def __init__(self, name, weight):
        self.name = name
        self._weight = weight
        Animal.count += 1
    @property
    def weight(self):
        return self._weight
    @weight.setter
    def weight(self, w):
        if w <= 0:
            raise ValueError("weight must be positive")
        self._weight = w
    def feed(self, food):
        if food not in self.diet:
            raise FeedingError(self, food)
        self.weight = round(self.weight * 1.01, 3)
        return "%s eats %s" % (self.name, food)
    def sound(self):
        raise NotImplementedError
    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.name, self.weight)
    def __lt__(self, other):
        return self.weight < other.weight
    def __eq__(self, other):
        return isinstance(other, Animal) and (self.name, self.weight) == (other.name, other.weight)
    __hash__ = None
class Mammal(Animal):
    diet = ("meat", "fruit")
    def sound(self):
        return "roar"
class Bird(Animal):
    diet = ("seeds", "fish")
    def sound(self):
        return "tweet"
    def fly(self):
        return self.name + " flies"
class Penguin(Bird):
    diet = ("fish",)
    def sound(self):
        return super().sound().upper() + "?"
    def fly(self):
        raise AttributeError("penguins cannot fly")
