t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(2, 2), t + (4,), t * 2, t[::2], len(t), 2 in t)
print((1,), tuple("ab"), tuple(range(3)), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), hash((1, 2)) == hash((1, 2)))
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
