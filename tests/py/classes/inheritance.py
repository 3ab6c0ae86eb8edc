# Single inheritance chains and method overriding.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


for a in [Animal("a"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), a.kind(), type(a).__name__)
print(Puppy.__mro__)
print(Puppy.__base__, Puppy.__bases__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(isinstance(Puppy("x"), (int, Dog)), issubclass(Puppy, (str, Animal)))
print([c.__name__ for c in Puppy.mro()])
print(Dog.__dict__["sound"], "speak" in Dog.__dict__, "kind" in Dog.__dict__)
