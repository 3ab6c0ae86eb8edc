def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(sum(evens(squares(numbers(1000)))))
print(list(zip(numbers(3), squares(numbers(10)))))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
