# Shows: native code that releases the GIL runs in parallel; the stand-in for
# the article's NumPy point. gil.native_spin(s) burns s seconds of CPU in a
# pure C++ loop and returns how many iterations it did. With release=True it
# drops the GIL for the loop, as a C extension's number crunching does, so two
# threads spin side by side: the pair takes ~1x the time of one call and, on
# two free cores, does ~2x the work. With release=False it keeps the GIL and
# the second thread waits for the first: ~2x the time for the same ~2x work.
# The `gil` module is gilpy's own; on CPython this prints a note and stops.
# Prints: wall time and work of the pair relative to one call, both ways.
import threading

from _timing import start_and_join, timed

try:
    import gil
except ImportError:
    gil = None

SECONDS = 0.5


def pair(release):
    """Runs native_spin on two threads at once; returns (wall s, total iterations)."""
    counts = [0, 0]

    def spin(k):
        counts[k] = gil.native_spin(SECONDS, release=release)

    wall, _ = timed(start_and_join, [threading.Thread(target=spin, args=(k,)) for k in range(2)])
    return wall, sum(counts)


if gil is None:
    print("skipped: the gil module (native_spin) is gilpy's own; run this on build/gilpy")
else:
    one_s, one = timed(gil.native_spin, SECONDS)
    print(f"one call:                 {one_s:.3f} s, {one} iterations")
    for release in (True, False):
        wall, work = pair(release)
        print(f"2 threads, release={release!s:5}: {wall:.3f} s = {wall / one_s:.2f}x one call, "
              f"work {work / one:.2f}x")
