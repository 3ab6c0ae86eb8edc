# property: getter/setter/deleter, the decorator forms, doc, errors.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_k(self):
        return self._c + 273

    kelvin = property(_get_k, doc="Kelvin")
    nothing = property()


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.kelvin)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, Temp.kelvin.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
for action in ("set", "del", "get"):
    try:
        if action == "set":
            t.fahrenheit = 1
        elif action == "del":
            del t.fahrenheit
        else:
            t.nothing
    except AttributeError as e:
        print("AttributeError:", e)
p = property(lambda self: 42)
try:
    p.__set__(t, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(p.__get__(t, Temp), p.__get__(None, Temp) is p)
