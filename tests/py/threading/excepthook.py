# Uncaught exceptions in threads: threading.excepthook, ExceptHookArgs,
# SystemExit silence, a custom hook, and the default output on stderr.
import sys
import threading


class Capture(list):
    def write(self, s):
        self.append(s)

    def flush(self):
        pass


def boom():
    raise ValueError("bad value")


def run_captured(target, **kw):
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    try:
        t = threading.Thread(target=target, **kw)
        t.start()
        t.join()
    finally:
        sys.stderr = saved
    return t, "".join(cap).splitlines()


t, lines = run_captured(boom)
print(lines[0])
print(lines[1])
print(any(l.strip() == 'raise ValueError("bad value")' for l in lines))
print(any(l.endswith(", in boom") for l in lines))
print(lines[-1])
print(t.is_alive())

_, lines = run_captured(boom, name="named")
print(lines[0])

# SystemExit is silent.
def leave():
    sys.exit(3)
_, lines = run_captured(leave)
print("SystemExit output:", lines)

# A custom hook receives ExceptHookArgs.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name))
    seen.append(len(args))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
threading.excepthook = old
print(seen)
print(threading.__excepthook__ is old)

a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError")

# A hook that fails itself.
def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
_, lines = run_captured(boom)
threading.excepthook = old
print(lines[0])
print(lines[-1])

# The default hook prints to the real stderr too; the last stderr line of
# this test is the thread's exception.
t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues")
