from _zoo import *
import _zoo.animals as animals_mod
class Zoo:
    def __init__(self, name):
        self.name = name
        self._animals = []
    def add(self, animal):
        self._animals.append(animal)
        return self
    def __len__(self):
        return len(self._animals)
    def __iter__(self):
        return iter(self._animals)
    def __contains__(self, name):
        return any(a.name == name for a in self._animals)
    def __getitem__(self, name):
        for a in self._animals:
            if a.name == name:
                return a
        raise KeyError(name)
    def by_kind(self, kind):
        for a in self:
            if isinstance(a, kind):
                yield a
    def feeding_round(self, food):
        for a in self:
            try:
                yield a.feed(food)
            except FeedingError as e:
                yield "! " + str(e)
zoo = Zoo("City Zoo")
zoo.add(Mammal("leo", 190)).add(Bird("tweety", 0.3)).add(Penguin("pingu", 22)).add(Mammal("kit", 4))
print(len(zoo), "leo" in zoo, "nemo" in zoo, Animal.count)
print(sorted(zoo))
print([a.sound() for a in zoo])
print([b.name for b in zoo.by_kind(Bird)], [m.name for m in zoo.by_kind(Mammal)])
for line in zoo.feeding_round("fish"):
    print(line)
print(zoo["pingu"], zoo["pingu"] == Penguin("pingu", 22.22))
try:
    zoo["pingu"].fly()
except AttributeError as e:
    print("AttributeError:", e)
print(zoo["tweety"].fly())
try:
    zoo["kit"].weight = -1
except ValueError as e:
    print("ValueError:", e)
try:
    zoo["nemo"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(zoo["leo"])
except TypeError as e:
    print("TypeError:", e)
print(animals_mod.Penguin.__mro__[1].__name__, issubclass(FeedingError, ZooError), Animal.count)
try:
    Animal("blob", 1).sound()
except NotImplementedError:
    print("abstract sound")
