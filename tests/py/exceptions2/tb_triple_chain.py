def a():
    raise ValueError("level 1")
def b():
    try:
        a()
    except ValueError as e:
        raise KeyError("level 2") from e
def c():
    try:
        b()
    except KeyError:
        raise RuntimeError("level 3")
c()
