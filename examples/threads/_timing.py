# Helpers shared by the thread examples: wall-clock timing of a call, and
# running a batch of threads to completion.
import time


def timed(fn, *args, repeat=1):
    """Returns (seconds, result) of fn(*args): the fastest of `repeat` calls,
    so that pauses of a busy machine count less."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args)
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return best, result


def start_and_join(threads):
    """Starts every thread, then waits for them all."""
    for t in threads:
        t.start()
    for t in threads:
        t.join()
