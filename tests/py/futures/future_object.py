# Future used directly: states, result/exception with timeouts, callbacks,
# cancel, set_result/set_exception, InvalidStateError, repr.
import threading
from concurrent.futures import (Future, CancelledError, TimeoutError,
                                InvalidStateError)
import concurrent.futures as cf


def short(f):
    return repr(f).split(" at 0x")[0] + " " + repr(f).split(" ", 3)[-1]


f = Future()
print(short(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, TimeoutError is cf.TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
print(f.set_running_or_notify_cancel(), f.running(), short(f))
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result(), threading.current_thread().name)))
f.set_result(42)
print(f.result(), f.exception(), f.done(), short(f), calls)
# Called at once when already done.
f.add_done_callback(lambda fut: calls.append("cb2"))
print(calls)
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).startswith("FINISHED: <Future at 0x"))

# The result is set from another thread; callbacks run in that thread.
f = Future()
where = []
f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
def complete():
    f.set_result("from thread")
t = threading.Thread(target=complete, name="completer")
t.start()
print(f.result(timeout=5))
t.join()
print(where)

# Exceptions.
f = Future()
f.set_exception(ValueError("nope"))
print(short(f), type(f.exception()).__name__, f.exception())
try:
    f.result()
except ValueError as e:
    print("raised:", e)

# Cancelling.
f = Future()
cb = []
f.add_done_callback(lambda fut: cb.append(fut.cancelled()))
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), short(f), cb)
for g in (f.result, f.exception):
    try:
        g()
    except CancelledError as e:
        print("CancelledError", repr(e))
print(f.set_running_or_notify_cancel(), short(f))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
running = Future()
running.set_running_or_notify_cancel()
print(running.cancel(), short(running))
done = Future()
done.set_result(None)
print(done.cancel(), short(done))

# A failing callback is reported on stderr and does not stop the others.
f = Future()
order = []
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: order.append("second"))
f.set_result(0)
print(order)

print(issubclass(CancelledError, cf._base.Error), issubclass(InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
