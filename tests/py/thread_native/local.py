# _thread._local: every thread sees its own attributes; a subclass's
# __init__ runs again (with the original arguments) in each thread that
# touches the object; __dict__ is the current thread's dict.
import _thread

done = _thread.allocate_lock()
done.acquire()
def in_thread(f, *args):
    out = []
    def run():
        try:
            out.append(f(*args))
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
        done.release()
    _thread.start_new_thread(run, ())
    done.acquire()
    return out[0]

loc = _thread._local()
print(repr(loc).startswith("<_thread._local object at 0x"), type(loc).__module__)
loc.x = 1
loc.y = [1]
print(loc.__dict__, loc.x)
def peek():
    seen = (hasattr(loc, "x"), dict(loc.__dict__))
    loc.x = "thread"
    return seen + (loc.x, sorted(loc.__dict__))
print(in_thread(peek))
print(loc.x, loc.__dict__)
del loc.y
print(loc.__dict__)
for stmt in ["loc.missing", "del loc.missing", "loc.__dict__ = {}", "del loc.__dict__"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(in_thread(lambda: loc.x))  # each thread starts from an empty dict again

class Counter(_thread._local):
    initialised = 0
    def __init__(self, start, *, step=1):
        self.value = start
        self.step = step
        self.owner = _thread.get_ident()
        Counter.initialised += 1
    def bump(self):
        self.value += self.step
        return self.value
    @property
    def mine(self):
        return self.owner == _thread.get_ident()

c = Counter(10, step=5)
print(c.bump(), c.bump(), c.mine, Counter.initialised)
print(in_thread(lambda: (c.value, c.bump(), c.mine)), Counter.initialised)
print(c.value, c.mine, Counter.initialised)
print(isinstance(c, _thread._local), type(c).__name__)

class Fails(_thread._local):
    calls = 0
    def __init__(self):
        Fails.calls += 1
        if Fails.calls == 2:
            raise ValueError("second init fails")
        self.ok = True
fl = Fails()
def twice():
    try:
        fl.ok
    except ValueError as e:
        first = "ValueError: %s" % e
    return first, fl.ok, Fails.calls
print(in_thread(twice))

class NoInit(_thread._local):
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
n = NoInit()
n.a = 1
print(n.a, in_thread(lambda: hasattr(n, "a")))

# Many locals in one thread stay apart.
locs = [_thread._local() for i in range(50)]
for i, l in enumerate(locs):
    l.i = i
print(all(l.i == i for i, l in enumerate(locs)))
def per_thread():
    for i, l in enumerate(locs):
        l.i = -i
    return sum(l.i for l in locs)
print(in_thread(per_thread), sum(l.i for l in locs))
