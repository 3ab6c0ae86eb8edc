def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
try:
    (1 / x for x in [1, 0]).__next__()
    print("first ok")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("lazy error:", e)
