l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[::2] = "x" * len(l[::2])
print(l)
del l[1::3]
print(l)
del l[:2]
print(l)
l[1:1] = []
l[-2:] = []
print(l)
m = [1, 2, 3, 4]
try:
    m[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
m[::-1] = [5, 6, 7, 8]
print(m)
m[1:3] = (x * 10 for x in range(4))
print(m)
n = [1, 2, 3]
n[:] = n
n[1:2] = n
print(n)
