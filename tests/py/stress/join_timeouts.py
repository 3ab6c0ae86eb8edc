# join(timeout) returns after the timeout while the thread still runs, and
# again once it has finished; many threads at once.
import threading
import time

go = threading.Event()
threads = [threading.Thread(target=go.wait) for _ in range(20)]
for t in threads:
    t.start()
start = time.monotonic()
for t in threads:
    t.join(0.01)
elapsed = time.monotonic() - start
print("all alive after timed joins:", all(t.is_alive() for t in threads))
print("timed joins waited:", elapsed >= 0.2 * 0.9)
go.set()
for t in threads:
    t.join(5)
print("all finished:", not any(t.is_alive() for t in threads))
print("zero timeout on finished thread:", threads[0].join(0) is None)
