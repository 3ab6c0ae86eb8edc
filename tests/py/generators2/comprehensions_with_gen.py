def squares(n):
    for i in range(n):
        yield i * i
print([x for x in squares(5) if x % 2 == 0])
print({x: x + 1 for x in squares(3)})
print(sorted({x % 3 for x in squares(6)}))
print(sum(x for x in squares(4)), max(squares(4)), list(zip(squares(3), "abc")))
g = (x * 2 for x in squares(3))
print(next(g), list(g), list(g))
print(any(x > 10 for x in squares(100)), all(x < 100 for x in squares(5)))
