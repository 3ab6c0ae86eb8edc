# Traceback of a missing constructor argument.
class Box:
    def __init__(self, width, height):
        self.area = width * height


print(Box(2, 3).area)
Box(1)
