# Traceback of an unsupported operator between a class and an int.
class Money:
    def __init__(self, v):
        self.v = v


total = Money(1)
total = total + 5
