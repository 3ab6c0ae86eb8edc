a, b = 0, 1
for _ in range(20_000):
    a, b = b, a + b
print(len(str(a)))
f = 1
for i in range(1, 3000):
    f *= i
print(f % 1_000_000_007)
print(pow(3, 10_000, 10 ** 50 + 151))
