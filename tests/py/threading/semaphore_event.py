# Semaphore, BoundedSemaphore and Event.
import threading

s = threading.Semaphore(2)
print(repr(s).split(" at ")[0], repr(s).endswith(": value=2>"))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(repr(s).endswith(": value=2>"))
with s:
    print("inside", repr(s).endswith(": value=1>"))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# At most 3 threads inside at once.
sem = threading.Semaphore(3)
guard = threading.Lock()
inside = 0
peak = 0
def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(2000):
            pass
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3, "inside:", inside)

# A blocked acquire is woken by a release from another thread.
s0 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s0.acquire()))
t.start()
s0.release()
t.join()
print(got)

b = threading.BoundedSemaphore(2)
print(repr(b).split(" at ")[0], repr(b).endswith(": value=2/2>"))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)

e = threading.Event()
print(repr(e).split(" at ")[0], repr(e).endswith(": unset>"), e.is_set())
print(e.wait(0.01), e.wait(0))
results = []
def waiter(i):
    results.append((i, e.wait()))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(results), e.is_set(), repr(e).endswith(": set>"))
print(e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0.001))
