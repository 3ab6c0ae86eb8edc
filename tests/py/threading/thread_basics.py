# Thread construction, naming, start/join/is_alive, ident, daemon, repr.
import threading

results = []


def work(a, b, c=0):
    results.append(a + b + c)


t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3})
print(t.name)
print(repr(t))
print(t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(results)
print(t.is_alive())
r = repr(t)
print(r.startswith("<Thread(Thread-1 (work), stopped "), r.endswith(")>"))
print(type(t.ident) is int, t.ident != threading.get_ident())
print(type(t.native_id) is int)

# Default names count up; a target without __name__ just gets Thread-N.
class Callable:
    def __call__(self):
        pass

print(threading.Thread(target=Callable()).name)
print(threading.Thread().name)
print(threading.Thread(name="worker").name)
print(threading.Thread(name=42).name)


def lam():
    pass

print(threading.Thread(target=lambda: None).name)

# Subclassing with run().
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))

c = Counter(100)
c.start()
c.join()
print(c.name, c.total)

# start twice, join errors.
try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=lam)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# daemon flag: inherited, settable before start only.
d = threading.Thread(target=lam, daemon=True)
print(d.daemon, repr(d))
d.daemon = False
print(d.daemon)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# name is writable.
n = threading.Thread(target=lam)
n.name = "renamed"
print(n.name)

# join with a timeout on a thread that waits for an event.
ev = threading.Event()
w = threading.Thread(target=ev.wait)
w.start()
w.join(0.01)
print("alive after timed join:", w.is_alive())
print(repr(w).startswith("<Thread(Thread-"), "started" in repr(w))
ev.set()
w.join()
print("alive after join:", w.is_alive())

# A thread sees itself as current_thread, with its name.
seen = []
def whoami():
    me = threading.current_thread()
    seen.append((me.name, me.ident == threading.get_ident(),
                 me.native_id == threading.get_native_id()))
x = threading.Thread(target=whoami, name="me")
x.start()
x.join()
print(seen)
