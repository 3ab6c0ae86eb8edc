# Signals and threads: handlers run in the main thread only, and only the
# main thread may set them.
import os
import signal
import threading

ran_in = []
signal.signal(signal.SIGUSR1, lambda s, f: ran_in.append(threading.current_thread().name))

errors = []


def worker():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    except ValueError as e:
        errors.append(str(e))
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        errors.append(str(e))
    # Sent from a worker, the signal is still handled by the main thread.
    os.kill(os.getpid(), signal.SIGUSR1)
    errors.append(signal.getsignal(signal.SIGUSR1) is not signal.SIG_DFL)


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
for _ in range(10):  # the main thread's next switch points run the handler
    pass
print(errors)
print(ran_in)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
