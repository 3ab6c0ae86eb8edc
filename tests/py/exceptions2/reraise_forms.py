def layer():
    try:
        raise ValueError("orig")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    layer()
except ValueError as e:
    print(e)
def again():
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
try:
    again()
except KeyError as e:
    print(repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
