print(range(5), range(1, 10, 2), list(range(5)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 14 in r, 15 in r, r.index(21), r[2:5], list(r[2:5]))
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
print(range(3) == range(0, 3), len(range(-5)))
