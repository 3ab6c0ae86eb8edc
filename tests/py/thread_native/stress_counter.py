# 16 threads each increment a shared counter 20000 times under one lock:
# no update may be lost, on either build.
import _thread

THREADS, ROUNDS = 16, 20000
lock = _thread.allocate_lock()
counter = [0]
finished = _thread.allocate_lock()
finished.acquire()
left = [THREADS]
def work():
    for _ in range(ROUNDS):
        lock.acquire()
        counter[0] += 1
        lock.release()
    with lock:
        left[0] -= 1
        if left[0] == 0:
            finished.release()
for _ in range(THREADS):
    _thread.start_new_thread(work, ())
finished.acquire()
print(counter[0])

# The same with an RLock taken twice per round.
r = _thread.RLock()
counter[0] = 0
left[0] = THREADS
def work_r():
    for _ in range(ROUNDS // 4):
        with r:
            with r:
                counter[0] += 1
    with lock:
        left[0] -= 1
        if left[0] == 0:
            finished.release()
for _ in range(THREADS):
    _thread.start_new_thread(work_r, ())
finished.acquire()
print(counter[0])
