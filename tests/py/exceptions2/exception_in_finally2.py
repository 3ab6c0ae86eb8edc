def f():
    try:
        return "value"
    finally:
        raise RuntimeError("finally error")
try:
    f()
except RuntimeError as e:
    print(e, e.__context__)
def g():
    try:
        raise ValueError("original")
    finally:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handled inside finally")
try:
    g()
except ValueError as e:
    print("original survives:", e)
