a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [0, 1, 2]
i = 0
i, l[i] = 1, 5
print(i, l)
d = {}
d["a"] = d["b"] = 0
print(d)
