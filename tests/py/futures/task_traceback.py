# A task's exception re-raised by result() keeps the task's own frames in
# its traceback. Library frames differ between implementations, so only the
# frames of this file are printed.
import sys
from concurrent.futures import ThreadPoolExecutor


class Capture(list):
    def write(self, s):
        self.append(s)

    def flush(self):
        pass


def inner(x):
    return {}[x]


def task(x):
    return inner(x) + 1


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(task, "missing")
    try:
        f.result()
    except KeyError as e:
        print("caught", type(e).__name__, e)
        cap = Capture()
        saved, sys.stderr = sys.stderr, cap
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved
    lines = "".join(cap).splitlines()
    print(lines[0])
    for i, line in enumerate(lines):
        if "task_traceback.py" in line:
            print(line.split(", ", 1)[1], "|", lines[i + 1].strip())
    print(lines[-1])

# Uncaught, the same exception ends the program with its traceback.
with ThreadPoolExecutor() as pool:
    pool.submit(task, "again").result()
