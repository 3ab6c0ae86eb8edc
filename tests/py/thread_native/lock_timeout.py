# Timed and non-blocking acquires: a held lock times out after at least the
# timeout and returns False; a lock released by another thread during a
# timed wait is acquired (True); timeout 0 and blocking=False never wait.
import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()
for timeout in (0.05, 0.1, 1e-9, 0, 0.0):
    start = time.monotonic()
    got = lock.acquire(timeout=timeout)
    elapsed = time.monotonic() - start
    print(timeout, got, elapsed >= timeout)
print(lock.acquire(True, 0.01), lock.acquire(False), lock.acquire(blocking=False, timeout=-1))
print(lock.acquire(True, -1.0) if not lock.locked() else "still locked")

# A timed wait that another thread ends by releasing the lock.
started = _thread.allocate_lock()
started.acquire()
def release_soon():
    started.release()
    lock.release()
_thread.start_new_thread(release_soon, ())
started.acquire()
print(lock.acquire(timeout=30), lock.locked())
lock.release()

# RLock timeouts behave the same for a lock owned by another thread.
r = _thread.RLock()
owned = _thread.allocate_lock()
owned.acquire()
finish = _thread.allocate_lock()
finish.acquire()
def owner():
    r.acquire()
    owned.release()
    finish.acquire()
    r.release()
    owned.release()
_thread.start_new_thread(owner, ())
owned.acquire()
start = time.monotonic()
print(r.acquire(timeout=0.05), time.monotonic() - start >= 0.05, r.acquire(False))
finish.release()
owned.acquire()
print(r.acquire(timeout=5), r._is_owned())
r.release()
