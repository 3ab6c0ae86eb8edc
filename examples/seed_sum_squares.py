# A generator expression summed lazily: ten million squares, one at a time,
# so memory stays flat however long the range is.
import time

start = time.perf_counter()
print(sum(i * i for i in range(10_000_000)))
print(f"took {time.perf_counter() - start:.2f} s")
