def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m, [list(r) for r in zip(*m)])
