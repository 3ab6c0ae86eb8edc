class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError("shape mismatch %s vs %s" % (self.shape, o.shape))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError("cannot multiply %s by %s" % (self.shape, o.shape))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __neg__(self):
        return -1 * self
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return "Matrix(%r)" % self.rows
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A @ B, A * 2 == 2 * A, -A)
print(A.transpose(), A.shape, Matrix([[1, 2, 3]]).shape)
F = Matrix([[1, 1], [1, 0]])
print((F ** 10)[0, 1], A ** 0 == Matrix.identity(2))
A[0, 0] = 10
print(str(A))
for bad in [lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]), lambda: A * "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([sum(r) for r in A], sorted(x for r in A for x in r))
