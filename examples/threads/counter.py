# Shows: what the GIL actually locks. Four threads each run `counter += 1` a
# million times. The first half is the article's code unchanged: on gilpy it
# prints 4000000 every time, because a thread only gives up the GIL at a
# backward jump or a call, never between the load and the store of
# `counter += 1`, so no update is lost. The second half guards the same
# update with a threading.Lock, which is what makes it correct on any build:
# the free-threaded gilpyt (future work: today it still runs with the GIL)
# will lose updates without the lock, as CPython's 3.13t does.
# Prints: 4000000, then "with a lock: 4000000".
import threading
counter = 0
def increment():
    global counter
    for _ in range(1_000_000):
        counter += 1
threads = [threading.Thread(target=increment) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
print(counter) # 4,000,000 -- correct, thanks to the GIL serializing bytecode execution

locked_counter = 0
lock = threading.Lock()


def increment_locked():
    global locked_counter
    for _ in range(1_000_000):
        with lock:
            locked_counter += 1


threads = [threading.Thread(target=increment_locked) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("with a lock:", locked_counter)
