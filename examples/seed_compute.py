# The CPU-bound loop from the GIL article: pure bytecode, no waiting.
# On one thread it just measures how fast the eval loop runs.
import time


def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total


start = time.perf_counter()
print(compute())
print(f"compute() took {time.perf_counter() - start:.2f} s")
