# main_thread, current_thread, active_count, enumerate, get_ident, local,
# TIMEOUT_MAX, _DummyThread for threads started by _thread.
import _thread
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(main.ident == threading.get_ident() == _thread.get_ident())
print(threading.get_native_id() == main.native_id)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.TIMEOUT_MAX) is float, threading.TIMEOUT_MAX > 1e6)
print(threading.Lock is _thread.allocate_lock, threading.ThreadError is _thread.error)
print(threading.local is _thread._local)
print(main.is_alive())

go = threading.Event()
inside = threading.Event()
def wait_go():
    inside.set()
    go.wait()
ts = [threading.Thread(target=wait_go, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# threading.local: each thread has its own attributes.
data = threading.local()
data.x = "main"
out = {}
def use_local(i):
    print_me = hasattr(data, 'x')
    data.x = i
    out[i] = (print_me, data.x)
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), data.x)

# A thread started by _thread directly is a _DummyThread to threading.
done = threading.Event()
info = []
def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me.ident == threading.get_ident(),
                 me is threading.current_thread()))
    try:
        me.join()
    except AssertionError as e:
        info.append(str(e))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(info)
