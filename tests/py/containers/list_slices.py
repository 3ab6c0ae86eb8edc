l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[7:2:-2])
l[2:5] = ["a", "b"]; print(l)
l[:] = [1, 2, 3]; print(l)
l[1:1] = [9, 9]; print(l)
l[::2] = [0, 0, 0]; print(l)
del l[::2]; print(l)
m = list(range(6)); m[1::2] = "xyz"; print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
n = [1, 2, 3]; n[-1] = 30; print(n)
