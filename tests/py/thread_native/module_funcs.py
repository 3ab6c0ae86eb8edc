# get_ident, get_native_id, _count, stack_size, TIMEOUT_MAX, error, exit,
# interrupt_main, and what happens to an exception escaping a thread.
import _thread

main = _thread.get_ident()
print(type(main) is int, main > 0, _thread.get_native_id() > 0)
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(_thread._count())

# _count sees threads until they finish; idents and native ids differ.
n = 4
go = _thread.allocate_lock()
go.acquire()
ready = _thread.allocate_lock()
ready.acquire()
finished = _thread.allocate_lock()
finished.acquire()
lock = _thread.allocate_lock()
ids = []
natives = []
state = {"started": 0, "done": 0}
def worker():
    with lock:
        ids.append(_thread.get_ident())
        natives.append(_thread.get_native_id())
        state["started"] += 1
        if state["started"] == n:
            ready.release()
    go.acquire()
    go.release()
    with lock:
        state["done"] += 1
        if state["done"] == n:
            finished.release()
for i in range(n):
    _thread.start_new_thread(worker, ())
ready.acquire()
print("running:", _thread._count())
print(len(set(ids)), main not in ids, len(set(natives)), _thread.get_native_id() not in natives)
go.release()
finished.acquire()

# exit() / SystemExit end a thread quietly.
done = _thread.allocate_lock()
done.acquire()
def quits():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(quits, ())
done.acquire()
print("exit ok")
try:
    _thread.exit_thread()
except SystemExit as e:
    print("SystemExit", e.args)

# stack_size
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size())
print(_thread.stack_size(0))
_thread.stack_size(256 * 1024)
def small_stack():
    print("in small-stack thread")
    done.release()
_thread.start_new_thread(small_stack, ())
done.acquire()
print(_thread.stack_size(0))

# interrupt_main raises KeyboardInterrupt in the main thread.
try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    _thread.interrupt_main(2)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
print(_thread.interrupt_main(15))
