# __class__ reads and assignment between compatible classes.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.__class__.__name__, pet.speak())
pet.__class__ = Dog
print(pet.__class__.__name__, pet.speak(), isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    pet.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)
print((5).__class__, "s".__class__.__name__, Cat.__class__)
