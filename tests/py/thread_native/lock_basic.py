# _thread.allocate_lock: acquire/release, aliases, context manager, repr,
# release from a thread other than the acquirer, and a ping-pong handoff
# between two threads driven only by locks.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.locked(), lock.acquire(), lock.locked())
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(0))
lock.release()
print(lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
with lock as entered:
    print("inside", entered, lock.locked())
print("after", lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
print(_thread.allocate() is not _thread.allocate_lock())
print(isinstance(lock, _thread.LockType), hash(lock) == hash(lock), lock == lock)

# Another thread releases a lock the main thread holds.
held = _thread.allocate_lock()
held.acquire()
done = _thread.allocate_lock()
done.acquire()
def releaser():
    held.release()
    done.release()
_thread.start_new_thread(releaser, ())
done.acquire()
print("released by other thread:", held.locked())

# Ping-pong: each side may run only after the other hands it the turn.
ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
ping.acquire()
pong.acquire()
log = []
def player(n):
    for i in range(n):
        ping.acquire()
        log.append("pong%d" % i)
        pong.release()
_thread.start_new_thread(player, (5,))
for i in range(5):
    log.append("ping%d" % i)
    ping.release()
    pong.acquire()
print(log)

# kwargs reach the function.
out = []
def f(a, b, *, c):
    out.append((a, b, c))
    done.release()
_thread.start_new_thread(f, (1, 2), {"c": 3})
done.acquire()
print(out)
