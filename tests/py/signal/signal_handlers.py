# Python-level signal handlers: installing, replacing, calling and raising.
import os
import signal

calls = []


def on_usr1(signum, frame):
    calls.append(signum)
    print("on_usr1", signum, type(signum).__name__)


print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.signal(signal.SIGUSR1, on_usr1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", calls)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", calls)
for _ in range(3):
    signal.raise_signal(signal.SIGUSR1)
print(len(calls))


# A handler that raises: the exception comes out of the call that let it run.
class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop(signum)


print(signal.signal(signal.SIGUSR1, stop) is on_usr1)
try:
    signal.raise_signal(signal.SIGUSR1)
    print("not reached")
except Stop as e:
    print("Stop", e.args)

# ... also out of a loop, at its next backward jump.
n = 0
try:
    while True:
        n += 1
        if n == 100:
            os.kill(os.getpid(), signal.SIGUSR1)
except Stop:
    print("loop stopped", n >= 100)

# SIG_IGN: the signal is discarded.
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# The default SIGINT handler raises KeyboardInterrupt.
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

# A custom SIGINT handler replaces KeyboardInterrupt.
old = signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT", s))
signal.raise_signal(signal.SIGINT)
print(signal.signal(signal.SIGINT, old) is not old)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

# A bound method and a callable object are handlers too.
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, signum, frame):
        self.n += 1

    def method(self, signum, frame):
        self.n += 10


c = Counter()
signal.signal(signal.SIGUSR2, c)
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, c.method)
signal.raise_signal(signal.SIGUSR2)
print(c.n)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
