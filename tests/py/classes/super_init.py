class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Mid init", y)
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        print("Leaf init")
o = Leaf()
print(o.x, o.y)
