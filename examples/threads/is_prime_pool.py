# Shows: threading alone does not speed up CPU-bound pure Python. is_prime is
# arithmetic only (no I/O, nothing that releases the GIL), so the pool's four
# workers take turns running it and the pool is never faster than a loop.
#   1. The article's code: is_prime over range(10_000_000, 10_000_100),
#      serially and through ThreadPoolExecutor(max_workers=4). Most of these
#      numbers have a small factor, so a call takes microseconds and the pool
#      is much slower: its hand-offs cost more than the work.
#   2. Four large primes (~10**11, ~316,000 divisions each), one task per
#      worker: the hand-offs no longer matter and the pool takes about as
#      long as the loop, the GIL's ratio of ~1.0.
# Each way runs 3 times and the fastest counts, to damp a busy machine.
# Prints: the primes found, then serial and pool times and their ratio for both.
from concurrent.futures import ThreadPoolExecutor
import math

from _timing import timed


def is_prime(n):
    if n < 2:
        return False
    return all(n % i for i in range(2, int(math.sqrt(n)) + 1))


def pooled(numbers):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(is_prime, numbers))  # NOT faster than serial


def compare(label, numbers):
    serial_s, serial = timed(lambda: list(map(is_prime, numbers)), repeat=3)
    pool_s, results = timed(pooled, numbers, repeat=3)
    assert results == serial
    print(f"{label}: primes {[n for n, p in zip(numbers, results) if p]}")
    print(f"  serial {serial_s:.4f} s, ThreadPoolExecutor(4) {pool_s:.4f} s, "
          f"pool / serial {pool_s / serial_s:.2f}")


compare("article's numbers", list(range(10_000_000, 10_000_100)))
compare("four large primes", [100000000003, 100000000019, 100000000057, 100000000063])
