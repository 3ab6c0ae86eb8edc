# Iterator classes in for loops, comprehensions, next(), StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(10)), [x * 2 for x in Countdown(2)])
it = Countdown(1)
print(next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1


r = Range2(3)
print(list(r), list(r), max(r), sorted(r, reverse=True))
a, b, c = Range2(3)
print(a, b, c)
print(dict(zip(Range2(3), "abc")))


class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
