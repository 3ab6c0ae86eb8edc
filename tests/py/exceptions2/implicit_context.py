try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally")
except ValueError as e:
    print(e.__context__)
def nested():
    try:
        raise OSError("io")
    except OSError:
        try:
            raise TypeError("tt")
        except TypeError as t:
            return t
t = nested()
print(repr(t), repr(t.__context__))
