import math

def is_prime(n):
    if n < 2:
        return False
    return all(n % i for i in range(2, int(math.sqrt(n)) + 1))

results = [n for n in range(10_000_000, 10_000_100) if is_prime(n)]
print(results)
print(list(map(is_prime, range(10))))
