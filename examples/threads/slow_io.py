# Shows: threads do help I/O-bound work. The article's slow_io() blocks in
# time.sleep, which releases the GIL while it waits, so N threads sleeping
# at once finish in about one sleep, while calling it N times in a row
# takes N sleeps. (The sleep is 0.2 s instead of the article's 1 s to keep
# the example short.)
# Prints: the serial time (~1.6 s), the threaded time (~0.2 s) and the speed-up.
import threading
import time

from _timing import start_and_join, timed

N = 8


def slow_io():
    time.sleep(0.2)  # releases the GIL while "blocked"


serial_s, _ = timed(lambda: [slow_io() for _ in range(N)])
threaded_s, _ = timed(start_and_join, [threading.Thread(target=slow_io) for _ in range(N)])
print(f"{N} x slow_io() in a row:   {serial_s:.3f} s")
print(f"{N} x slow_io() on threads: {threaded_s:.3f} s")
print(f"speed-up: {serial_s / threaded_s:.1f}x")
