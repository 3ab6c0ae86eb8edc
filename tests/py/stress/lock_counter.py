# 16 threads x 100k lock-protected increments of one shared counter.
import threading

N_THREADS = 16
N_ITER = 100_000
lock = threading.Lock()
counter = 0


def work():
    global counter
    for _ in range(N_ITER):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, counter == N_THREADS * N_ITER)
