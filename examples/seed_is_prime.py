# The article's prime test, single-threaded: math.sqrt bounds the trial
# division and all() stops at the first divisor.
import math
import time


def is_prime(n):
    if n < 2:
        return False
    return all(n % i for i in range(2, int(math.sqrt(n)) + 1))


start = time.perf_counter()
primes = [n for n in range(10_000_000, 10_000_100) if is_prime(n)]
print(primes)
print(f"checked 100 numbers in {time.perf_counter() - start:.3f} s")
