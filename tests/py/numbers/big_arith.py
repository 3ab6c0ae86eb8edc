a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a * b, b // a, b % a, -b // a, -b % a, divmod(b, -a))
print(a ** 3, pow(a, 5, b), a & b, a | b, a ^ b, ~a, a >> 40, a << 40)
print(a == int(str(a)), a > b, a < b, -a < a, abs(-a), a // 1, a * 0)
print(str(2 ** 200)[-10:], len(str(3 ** 1000)), 3 ** 1000 % 10 ** 9)
n = 1
for _ in range(100):
    n = n * 3 + 1
print(n)
