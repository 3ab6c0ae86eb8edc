import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(fib(), 10, 15)))
print(list(itertools.islice(fib(), 0, 20, 4)))
evens = (n for n in naturals() if n % 2 == 0)
print(list(itertools.islice(evens, 4)))
print(list(itertools.islice(evens, 2)))
