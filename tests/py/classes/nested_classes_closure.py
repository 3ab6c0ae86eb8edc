def make(n):
    class Dyn:
        value = n
        def get(self):
            return n * 2
    return Dyn
A = make(1); B = make(5)
print(A.value, A().get(), B.value, B().get(), A is B)
