class T:
    def __format__(self, spec):
        return "T[" + spec + "]"
    def __hash__(self):
        return 42
print(format(T(), "x>5"), f"{T():abc}", "{:q}".format(T()))
print(hash(T()))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
