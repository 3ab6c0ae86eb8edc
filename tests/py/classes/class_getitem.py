# __class_getitem__ (implicit classmethod) and subscripting classes.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Sub(Box):
    pass


print(Box[int], Sub[str])
try:
    class Plain:
        pass
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
