data = iter([1, 2, 3, 0, 4])
for v in iter(lambda: next(data), 0):
    print(v)
r = reversed([1, 2, 3])
print(next(r), list(r))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
m = map(str, range(3))
print(list(m), list(m))
