# Lock, RLock, Condition (wait/wait_for/notify/notify_all) with a
# producer/consumer, including a Condition over a plain Lock.
import threading
from collections import deque

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("in with", lock.locked())

r = threading.RLock()
with r:
    with r:
        print("rlock nested")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Many threads incrementing under a lock.
total = 0
def add():
    global total
    for _ in range(1000):
        with lock:
            total += 1
ts = [threading.Thread(target=add) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)

# Producer/consumer on a Condition, default (RLock) and plain-lock based.
for make in (threading.Condition, lambda: threading.Condition(threading.Lock())):
    cond = make()
    items = deque()
    consumed = []
    def consumer():
        while True:
            with cond:
                cond.wait_for(lambda: items)
                x = items.popleft()
            if x is None:
                return
            consumed.append(x)
    def producer(base):
        for i in range(50):
            with cond:
                items.append(base + i)
                cond.notify()
    cons = [threading.Thread(target=consumer) for _ in range(3)]
    prods = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
    for t in cons + prods:
        t.start()
    for t in prods:
        t.join()
    with cond:
        items.extend([None] * 3)
        cond.notify_all()
    for t in cons:
        t.join()
    print(len(consumed), sorted(consumed) == sorted(list(range(50)) + list(range(100, 150)) + list(range(200, 250))))

# wait() with a timeout returns False; wait_for returns the predicate value.
cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, timeout=0.01))
    print(cond.wait_for(lambda: "yes", timeout=0.01))

# notify(n) wakes exactly n waiters; notify_all the rest.
cond = threading.Condition()
waiting = 0
woken = []
def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
spin = threading.Condition()
while True:
    with cond:
        if waiting == 5:
            cond.notify(2)
            break
    with spin:
        spin.wait(0.001)
while True:
    with cond:
        if len(woken) == 2:
            break
    with spin:
        spin.wait(0.001)
print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all:", sorted(woken))

# Errors without the lock.
c = threading.Condition()
for f in (c.wait, c.notify):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at "))
