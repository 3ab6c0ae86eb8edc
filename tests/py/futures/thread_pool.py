# ThreadPoolExecutor: submit, map (order, timeout, exceptions), context
# manager, shutdown and its errors, names, max_workers, initializer.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    futs = [pool.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 6])))
    print(pool.submit(lambda *a, **k: (a, k), 1, 2, x=3).result())

# The seed's shape: ten workers over a function that sleeps 0.05 s run
# concurrently (time.sleep releases the GIL), so 10 calls take about one.
def slow(i):
    time.sleep(0.05)
    return i

start = time.monotonic()
with ThreadPoolExecutor(max_workers=10) as pool:
    results = list(pool.map(slow, range(10)))
elapsed = time.monotonic() - start
print(results, elapsed < 0.4)

# An exception in a task comes back from result() and from map's iterator.
def fail(x):
    if x == 2:
        raise KeyError("task %d" % x)
    return x

with ThreadPoolExecutor(2) as pool:
    f = pool.submit(fail, 2)
    try:
        f.result()
    except KeyError as e:
        print("result() raised", type(e).__name__, e)
    print(type(f.exception()).__name__)
    got = []
    try:
        for r in pool.map(fail, range(5)):
            got.append(r)
    except KeyError as e:
        print("map raised", repr(e), "after", got)

# map with a timeout.
ev = threading.Event()
ev.set()
with ThreadPoolExecutor(1) as pool:
    print(list(pool.map(ev.wait, [1], timeout=5)))
with ThreadPoolExecutor(1) as pool:
    block = threading.Event()
    it = pool.map(lambda x: block.wait(), [1, 2], timeout=0.01)
    try:
        list(it)
    except TimeoutError:
        print("map TimeoutError")
    block.set()

# Thread names and default max_workers.
pool = ThreadPoolExecutor(thread_name_prefix="io")
print(pool._max_workers == min(32, (os.cpu_count() or 1) + 4))
print(pool.submit(lambda: threading.current_thread().name).result())
pool.shutdown()
pool = ThreadPoolExecutor()
print(pool.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))
pool.shutdown(wait=True)

# Errors.
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# Workers are reused: never more than max_workers threads.
names = set()
lock = threading.Lock()
def record(i):
    with lock:
        names.add(threading.current_thread().name)
    time.sleep(0.001)
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="w") as pool:
    list(pool.map(record, range(30)))
print(len(names) <= 3, all(n.startswith("w_") for n in names))

# shutdown(cancel_futures=True) cancels queued calls; running ones finish.
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return "ran"
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(blocker)
queued = [pool.submit(square, i) for i in range(3)]
started.wait()
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown(wait=True)
print(first.result(), [q.cancelled() for q in queued])

# shutdown(wait=False) returns at once; the running call still completes.
gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(gate.wait)
pool.shutdown(wait=False)
gate.set()
print(f.result())

# initializer runs once per worker; a failing initializer breaks the pool.
inits = []
def init(tag):
    inits.append((tag, threading.current_thread().name))
with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("x",),
                        thread_name_prefix="init") as pool:
    print([pool.submit(square, i).result() for i in range(3)], inits)

def bad_init():
    raise OSError("no init")
pool = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = pool.submit(square, 2)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    pool.submit(square, 3)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__)
pool.shutdown()

# The package imports lazily; ProcessPoolExecutor is not supported yet.
print(cf.ThreadPoolExecutor is ThreadPoolExecutor)
# (CPython has it; gilpy names multiprocessing as missing.)
try:
    from concurrent.futures import ProcessPoolExecutor
    ok = True
except NotImplementedError as e:
    ok = "multiprocessing" in str(e)
print(ok)
