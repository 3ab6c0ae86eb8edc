# Shows: a ThreadPoolExecutor is the easy retrofit for blocking I/O. The
# article's fetch(url) calls requests.get; third-party packages are not
# available here, so fetch sleeps 0.1 s (releasing the GIL, as a socket read
# would) and returns 200. pool.map with max_workers=10 runs ten fetches at a
# time and returns the results in the order of `urls`.
# Prints: the statuses, the serial time (~2 s for 20 URLs) and the pooled
# time (~0.2 s: two rounds of ten).
import time
from concurrent.futures import ThreadPoolExecutor

from _timing import timed

urls = [f"https://example.com/page/{i}" for i in range(20)]


def fetch(url):
    time.sleep(0.1)  # stands in for requests.get(url): blocked on the network
    return 200


def pooled():
    with ThreadPoolExecutor(max_workers=10) as pool:
        return list(pool.map(fetch, urls))


serial_s, serial = timed(lambda: [fetch(url) for url in urls])
pooled_s, results = timed(pooled)
assert results == serial
print(f"statuses: {sorted(set(results))} x {len(results)}")
print(f"serial:                   {serial_s:.3f} s")
print(f"ThreadPoolExecutor(10):   {pooled_s:.3f} s")
print(f"speed-up: {serial_s / pooled_s:.1f}x")
