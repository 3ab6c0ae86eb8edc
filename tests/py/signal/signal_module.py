# The signal module's functions and constants, and CPython's errors.
import signal

from _attempt import attempt


print(signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGUSR2)
print(signal.SIGHUP, signal.SIGALRM, signal.SIGCHLD, signal.SIGPIPE, signal.SIGQUIT)
print(signal.SIGSTOP, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(int(signal.SIGRTMIN) <= int(signal.SIGRTMAX) < signal.NSIG)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)

valid = signal.valid_signals()
print(type(valid).__name__, len(valid), 1 in valid, 64 in valid, 0 in valid, 32 in valid)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGUSR1))
print(signal.strsignal(32))
attempt(signal.strsignal, 0)
attempt(signal.strsignal, 65)
attempt(signal.strsignal, "x")

# signal(): argument checks, in CPython's order.
attempt(signal.signal, "x", signal.SIG_IGN)
attempt(signal.signal, 0, signal.SIG_IGN)
attempt(signal.signal, signal.NSIG, signal.SIG_IGN)
attempt(signal.signal, 2**40, signal.SIG_IGN)
attempt(signal.signal, signal.SIGUSR1, "x")
attempt(signal.signal, signal.SIGUSR1, 2)
attempt(signal.signal, signal.SIGUSR1, None)
attempt(signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt(signal.signal, signal.SIGSTOP, signal.SIG_DFL)
attempt(signal.signal, signal.SIGUSR1)
# signal.py converts with int(), so these are SIG_IGN and SIG_DFL.
attempt(signal.signal, signal.SIGUSR1, 1.0)
attempt(signal.signal, signal.SIGUSR1, False)
attempt(signal.signal, float(signal.SIGUSR1), signal.SIG_DFL)
attempt(signal.signal, signalnum=signal.SIGUSR1, handler=signal.SIG_DFL)

attempt(signal.getsignal, 0)
attempt(signal.getsignal, 100)
attempt(signal.getsignal, "x")
attempt(signal.getsignal)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, -1)
attempt(signal.default_int_handler)
attempt(signal.default_int_handler, 1, 2, 3)
attempt(signal.alarm, "x")
attempt(signal.alarm, 1.5)
print(signal.alarm(0))
print(signal.alarm(100), signal.alarm(0))

attempt(signal.set_wakeup_fd, 999)
attempt(signal.set_wakeup_fd, -1, 3)
attempt(signal.set_wakeup_fd, "x")
print(signal.set_wakeup_fd(-1))
print(signal.set_wakeup_fd(-1, warn_on_full_buffer=False))
