# Queue, LifoQueue, PriorityQueue, SimpleQueue: order, maxsize, blocking and
# non-blocking put/get, timeouts, qsize/empty/full, Empty/Full.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 2):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full non-blocking")
print(q.get_nowait(), q.get(timeout=1))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
# maxsize <= 0 is unbounded.
for m in (0, -1):
    u = queue.Queue(m)
    for i in range(100):
        u.put_nowait(i)
    print(m, u.qsize(), u.full())

# A blocked put is released by a get in another thread, and vice versa.
q = queue.Queue(1)
q.put("a")
order = []
t = threading.Thread(target=lambda: (q.put("b"), order.append("put done")))
t.start()
order.append(q.get())
t.join()
order.append(q.get())
print(order)
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put("late")
t.join()
print(got)

# Several producers and consumers move every item exactly once.
q = queue.Queue(maxsize=5)
out = []
lock = threading.Lock()
def produce(base):
    for i in range(100):
        q.put(base + i)
def consume():
    while True:
        x = q.get()
        if x is None:
            return
        with lock:
            out.append(x)
cons = [threading.Thread(target=consume) for _ in range(3)]
prods = [threading.Thread(target=produce, args=(b,)) for b in (0, 1000)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
print(len(out), sorted(out) == list(range(100)) + list(range(1000, 1100)))

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
for f in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False)):
    try:
        f()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put("x")
t.join()
print(got)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
