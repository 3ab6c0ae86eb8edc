l = [1, 2, 3]
print(l == [1, 2, 3], l != [1, 2], [1, 2] < [1, 2, 3], [] < [0], [[1]] == [[1]])
print(l * 0, [None] * 2, list(reversed(l)), l[::-1] == list(reversed(l)))
l2 = l
l2.append(4)
print(l, l2 is l, id(l) == id(l2))
print([x for x in l if x % 2], [1, 2, 3].index(2, 1), [0, 1, 0].count(0))
nested = [[1, 2], [3]]
flat = [y for x in nested for y in x]
print(flat, sum(nested, []), max([[1, 2], [1, 3]]))
m = [5, 3, 8]
m.sort(key=lambda v: -v)
print(m, m.pop(1), m)
m.insert(-1, 9)
m.insert(100, 10)
m.insert(-100, 0)
print(m)
