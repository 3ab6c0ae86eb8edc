# Uncaught exceptions in many threads go to threading.excepthook, one call
# per thread, and never disturb the other threads or the main thread.
import threading

caught = []
caught_lock = threading.Lock()


def hook(args):
    with caught_lock:
        caught.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


threading.excepthook = hook


def fail(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 3 == 1:
        raise KeyError(i)
    return i


threads = [threading.Thread(target=fail, args=(i,), name=f"w{i:02d}") for i in range(30)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(caught):
    print(*row)
print(len(caught))
