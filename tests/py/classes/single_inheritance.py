class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak())
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])
