try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(e, type(e.__context__).__name__)
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
