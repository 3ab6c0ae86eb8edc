# _thread.RLock: reentrancy, ownership, errors, Condition's save/restore
# protocol, repr and subclassing.
import _thread

me = _thread.get_ident()
r = _thread.RLock()
def show(r):
    print(repr(r).split(" at 0x")[0].replace("owner=%d" % me, "owner=ME"))
show(r)
print(r.acquire(), r.acquire(True), r.acquire(blocking=False), r.acquire(timeout=0))
print(r._recursion_count(), r._is_owned())
show(r)
for i in range(4):
    r.release()
print(r._recursion_count(), r._is_owned())
show(r)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())

# Ownership as seen from another thread.
r.acquire()
r.acquire()
done = _thread.allocate_lock()
done.acquire()
seen = []
def other():
    seen.append((r._is_owned(), r._recursion_count(), r.acquire(False)))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
print(seen)

# Condition.wait's protocol: release fully, then restore the count.
state = r._release_save()
print(state[0], state[1] == me, r._is_owned(), r._recursion_count())
def grab():
    seen.append(("other got it", r.acquire(False)))
    r.release()
    done.release()
_thread.start_new_thread(grab, ())
done.acquire()
print(seen[-1])
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
# A restored owner is taken as given, even a foreign one.
r._acquire_restore((3, 12345))
show(r)
print(r._is_owned())
r._release_save()
show(r)

class MyRLock(_thread.RLock):
    def __init__(self, label):
        self.label = label
m = MyRLock("x")
print(m.label, repr(m).split(" at ")[0], isinstance(m, _thread.RLock))
with m:
    print(m._is_owned())
print(_thread.RLock(1, a=2)._is_owned())
