class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("boom")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Ctx("x") as x, Ctx("y") as y:
    print(x, y)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
