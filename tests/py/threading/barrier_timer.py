# Barrier (wait indices, action, abort, reset, timeout, properties) and Timer.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
print(repr(b).split(" at ")[0], repr(b).endswith(": waiters=0/3>"))
indices = []
log = []
lock = threading.Lock()
def party(name):
    for rnd in range(3):
        i = b.wait()
        with lock:
            indices.append((rnd, i))
            log.append(rnd)
ts = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
# Every thread finished round r before any passed round r + 1's barrier.
print(log == sorted(log))

# The action runs once per trip, in one of the threads.
trips = []
b = threading.Barrier(2, action=lambda: trips.append(threading.current_thread().name))
ts = [threading.Thread(target=b.wait, name="p%d" % i) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(trips), trips[0] in ("p0", "p1"))

# abort() breaks the barrier for the waiter inside and later callers.
b = threading.Barrier(2)
errors = []
def broken_wait():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
t = threading.Thread(target=broken_wait)
t.start()
spin = threading.Event()
while b.n_waiting != 1:
    spin.wait(0.001)
print("n_waiting:", b.n_waiting)
b.abort()
t.join()
print(errors, b.broken, repr(b).endswith(": broken>"))
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
b.reset()
print("after reset:", b.broken)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("reused after reset")

# reset() while a thread waits: that thread gets BrokenBarrierError.
b = threading.Barrier(2)
errors = []
t = threading.Thread(target=broken_wait)
t.start()
while b.n_waiting != 1:
    spin.wait(0.001)
b.reset()
t.join()
print(errors, b.broken)

# A timeout breaks the barrier.
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# A failing action breaks the barrier too.
def bad_action():
    raise ValueError("action failed")
b = threading.Barrier(1, action=bad_action)
try:
    b.wait()
except ValueError as e:
    print("ValueError:", e, b.broken)

# Timer runs its function once after the interval, unless cancelled.
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
print(t.name.startswith("Thread-"), isinstance(t, threading.Thread))
t.start()
t.join()
print(fired, t.finished.is_set())
t = threading.Timer(10, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired)
t = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
t.start()
t.join()
print(fired)
