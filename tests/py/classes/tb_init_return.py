# Traceback of __init__ returning a value.
class Weird:
    def __init__(self):
        return 5


Weird()
