# CPython's error messages for common mistakes with classes.
class A:
    def __init__(self, x):
        self.x = x

    def m(self, a, b=2):
        return a


tests = [
    lambda: A(),
    lambda: A(1, 2),
    lambda: A(1).m(),
    lambda: A(1).m(1, 2, 3),
    lambda: A(1).m(1, c=3),
    lambda: A(1).nothing,
    lambda: A.nothing,
    lambda: A(1)(),
    lambda: A(1)[0],
    lambda: len(A(1)),
    lambda: iter(A(1)),
    lambda: A(1) < A(2),
    lambda: A(1) + 1,
    lambda: 1 - A(1),
    lambda: -A(1),
    lambda: A.m(),
    lambda: object.__setattr__(1, "x", 2),
    lambda: int.__dict__["bit_length"](A(1)),
    lambda: type.__new__(type, "X"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
