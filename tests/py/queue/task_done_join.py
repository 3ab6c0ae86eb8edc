# Queue.task_done/join: join returns once every item put was marked done.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()

threads = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
for t in threads:
    t.start()
for i in range(50):
    q.put(i)
q.join()
print("joined:", q.unfinished_tasks, len(results), sorted(results)[:5], sum(results))
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print("workers done:", [t.is_alive() for t in threads])

# join() on a queue with no unfinished tasks returns at once.
queue.Queue().join()
print("empty join")

# task_done() more than put() raises.
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# LifoQueue and PriorityQueue share the task tracking.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for i in range(3):
        q.put(i)
    print(cls.__name__, q.unfinished_tasks)
    while not q.empty():
        q.get()
        q.task_done()
    q.join()
    print(cls.__name__, "joined")
