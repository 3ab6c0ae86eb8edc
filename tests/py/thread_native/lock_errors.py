# CPython's exceptions and messages for bad lock, RLock and _thread calls.
import _thread

lock = _thread.allocate_lock()
r = _thread.RLock()
cases = [
    "lock.release()",
    "lock.acquire(False, 1)",
    "lock.acquire(timeout=-2)",
    "lock.acquire(timeout=-0.5)",
    "lock.acquire(timeout=-1e-12)",
    "lock.acquire(timeout=1e300)",
    "lock.acquire(timeout=float('inf'))",
    "lock.acquire(timeout=float('nan'))",
    "lock.acquire(timeout=10**10)",
    "lock.acquire(timeout='x')",
    "lock.acquire(timeout=None)",
    "lock.acquire(blocking='x')",
    "lock.acquire(blocking=2.5)",
    "lock.acquire(1, 2, 3)",
    "lock.acquire(x=1)",
    "lock.locked(1)",
    "lock.release(1)",
    "lock.__exit__()",
    "_thread.LockType()",
    "r.release()",
    "r.__exit__(None, None, None)",
    "r._release_save()",
    "r.acquire(False, 1)",
    "r.acquire(timeout=-2)",
    "r.acquire(1, 2, 3)",
    "r.acquire(x=1)",
    "r._is_owned(1)",
    "r.release(1)",
    "r._acquire_restore(1)",
    "r._acquire_restore((1,))",
    "r._acquire_restore((1, 'x'))",
    "r._acquire_restore(('a', 1))",
    "_thread.allocate_lock(1)",
    "_thread.allocate(1)",
    "_thread.get_ident(1)",
    "_thread.get_native_id(1)",
    "_thread._count(1)",
    "_thread.exit(1)",
    "_thread.exit_thread(1)",
    "_thread.start_new_thread(1, ())",
    "_thread.start_new_thread(print, [])",
    "_thread.start_new_thread(print, (), [])",
    "_thread.start_new_thread(print)",
    "_thread.start_new_thread(print, (), {}, 1)",
    "_thread.start_new_thread(function=print, args=())",
    "_thread.start_new(1, ())",
    "_thread.stack_size(1)",
    "_thread.stack_size(-1)",
    "_thread.stack_size(2**70)",
    "_thread.stack_size('a')",
    "_thread.stack_size(2.0)",
    "_thread.stack_size(1, 2)",
    "_thread.stack_size(x=1)",
    "_thread.interrupt_main(0)",
    "_thread.interrupt_main(-1)",
    "_thread.interrupt_main(100)",
    "_thread.interrupt_main('x')",
    "_thread.interrupt_main(signum=2)",
    "_thread._local(1)",
    "_thread._local(a=1)",
]
for case in cases:
    try:
        result = eval(case)
    except BaseException as e:
        print(case, "->", type(e).__name__, e)
    else:
        print(case, "=", result)
for stmt in ["class A(_thread.LockType): pass", "class B(_thread.RLock): pass",
             "class C(_thread._local): pass"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except TypeError as e:
        print(stmt, "->", e)
