# Ctrl-C (SIGINT sent to the process) interrupts the main thread blocked in
# a lock acquire with KeyboardInterrupt. The signalling thread can run only
# once the main thread has released the GIL to wait.
import _thread
import os
import signal

lock = _thread.allocate_lock()
lock.acquire()
def ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)
try:
    _thread.start_new_thread(ctrl_c, ())
    print("acquired", lock.acquire(timeout=20))
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire")
print(lock.locked())

# The same for an RLock another thread owns.
r = _thread.RLock()
holding = _thread.allocate_lock()
holding.acquire()
let_go = _thread.allocate_lock()
let_go.acquire()
def holder():
    r.acquire()
    holding.release()
    let_go.acquire()
    r.release()
    holding.release()
_thread.start_new_thread(holder, ())
holding.acquire()
try:
    _thread.start_new_thread(ctrl_c, ())
    print("acquired", r.acquire())
except KeyboardInterrupt:
    print("KeyboardInterrupt in RLock.acquire")
print(r._is_owned())
let_go.release()
holding.acquire()
print(r.acquire(False), r._is_owned())
