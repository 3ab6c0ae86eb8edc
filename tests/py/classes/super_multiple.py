class Root:
    def __init__(self):
        print("Root")
        super().__init__()
class Left(Root):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Root):
    def __init__(self):
        print("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()
Bottom()
class Mixin:
    def hello(self):
        return "mixin:" + super().hello()
class Impl:
    def hello(self):
        return "impl"
class Both(Mixin, Impl):
    pass
print(Both().hello())
