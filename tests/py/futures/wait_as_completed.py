# concurrent.futures.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
# timeout) and as_completed (order of completion, duplicates, timeout).
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait,
                                as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)


def finished(value):
    f = Future()
    f.set_result(value)
    return f


def failed(exc):
    f = Future()
    f.set_exception(exc)
    return f


# Already-done futures.
a, b = finished(1), finished(2)
p = Future()
done, not_done = wait([a, b, p], timeout=0.01)
print(sorted(f.result() for f in done), not_done == {p})
r = wait([a, p], return_when=FIRST_COMPLETED)
print(r.done == {a}, r.not_done == {p})
e = failed(ValueError("x"))
r = wait([a, e, p], return_when=FIRST_EXCEPTION)
print(r.done == {a, e}, r.not_done == {p})
r = wait([a, b], return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
print(wait([]), wait([], return_when=FIRST_COMPLETED))

# Completed from other threads, in a controlled order.
gates = [threading.Event() for _ in range(3)]
def job(i):
    gates[i].wait()
    return i

with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(job, i) for i in range(3)]
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    gates[2].set()
    gates[0].set()
    done, not_done = wait(fs)
    print(sorted(f.result() for f in done), not_done)

# FIRST_EXCEPTION returns as soon as one task raises.
hold = threading.Event()
def maybe_fail(i):
    if i == 1:
        raise RuntimeError("task 1 failed")
    hold.wait()
    return i
with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(maybe_fail, i) for i in range(3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print([str(f.exception()) for f in done], len(not_done))
    hold.set()

# as_completed yields futures in the order they complete.
order_gates = [threading.Event() for _ in range(4)]
with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(lambda i=i: (order_gates[i].wait(), i)[1]) for i in range(4)]
    seen = []
    it = as_completed(fs)
    for i in (2, 0, 3, 1):
        order_gates[i].set()
        seen.append(next(it).result())
    print(seen)
    print(list(it))

# Duplicates once; finished ones first.
a = finished("a")
print([f.result() for f in as_completed([a, a, a])])
print(list(as_completed([])))

# as_completed timeout.
p = Future()
got = []
try:
    for f in as_completed([finished("x"), p], timeout=0.01):
        got.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e, got)

# Cancelled futures count as completed once the executor notices.
c = Future()
c.cancel()
c.set_running_or_notify_cancel()
print([f.cancelled() for f in as_completed([c])], wait([c]).done == {c})
