# Context-manager classes in with statements.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with CM("a") as c:
    print("body", c.name)
with CM("b", swallow=True):
    raise ValueError("boom")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print(x.name, y.name)


def f():
    with CM("ret"):
        return "returned"


print(f())


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
