print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
print(list(x + 1 for x in range(3)), sum(x for x in range(10)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([[j for j in range(i)] for i in range(4)])
