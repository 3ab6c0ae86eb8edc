data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
import functools
chunks = iter(["ab", "cd", ""])
print(list(iter(chunks.__next__, "")))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
