#!/usr/bin/env python3
"""Threads under the GIL: gilpy beside CPython, against the targets of issue 5.

Usage: threads.py [--gilpy build/gilpy] [--rounds 5]

Each row is a small program passed with -c that times itself and prints one
number, so interpreter start-up is left out. Every round runs each row once
on gilpy and once on the real CPython binary (-S, bypassing any pyenv shim),
alternating the two so the noise of a shared machine hits both alike; the
table shows medians over the rounds.

  (a) the same pure-Python CPU work on 4 threads / on 1 thread: the GIL lets
      one thread run bytecode at a time, so ~1.0 (target 0.95-1.15 on gilpy);
  (b) 50 threads each sleeping 0.2 s: sleep releases the GIL, so the wall
      time is about one sleep (target < 0.4 s);
  (c) 10,000 trivial tasks submitted to a ThreadPoolExecutor, then waiting
      for all of them: the cost of locks, conditions and hand-offs
      (target: gilpy at most 2x CPython's time).
"""
import argparse
import os
import statistics

from run import ROOT, real_python, run_timed

# Pure-Python CPU work (scaling.py uses it too). The sum stays well inside
# the inline small-int range at every n, so one thread and four threads do
# the same kind of work (a sum of squares would turn into big ints at large
# n only).
WORK = """
import threading, time
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
"""

CPU_SPLIT = WORK + """
N = 10_000_000
work(N // 10)
t0 = time.perf_counter(); work(N); one = time.perf_counter() - t0
threads = [threading.Thread(target=work, args=(N // 4,)) for _ in range(4)]
t0 = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
print((time.perf_counter() - t0) / one)
"""

SLEEPERS = """
import threading, time
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(50)]
t0 = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
print(time.perf_counter() - t0)
"""

POOL_SUBMITS = """
import time
from concurrent.futures import ThreadPoolExecutor, wait
def task():
    return 1
t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    wait([pool.submit(task) for _ in range(10_000)])
print(time.perf_counter() - t0)
"""

# name, program, whether it prints seconds (so gilpy/CPython means
# something), target text, test of (gilpy median, CPython median)
ROWS = [
    ("(a) CPU work, 4 threads / 1", CPU_SPLIT, False, "0.95-1.15 on gilpy",
     lambda g, p: 0.95 <= g <= 1.15),
    ("(b) 50 x sleep(0.2), s", SLEEPERS, True, "< 0.4 s", lambda g, p: g < 0.4),
    ("(c) 10,000 pool submits, s", POOL_SUBMITS, True, "gilpy/CPython <= 2",
     lambda g, p: g / p <= 2),
]


def measure(cmd):
    return float(run_timed(cmd)[1].decode().split()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    python = real_python()
    print("gilpy: %s\npython3: %s -S\nrounds: %d (medians)\n" % (args.gilpy, python, args.rounds))
    samples = {name: ([], []) for name, *_ in ROWS}
    for _ in range(args.rounds):
        for name, prog, *_ in ROWS:
            g, p = samples[name]
            g.append(measure([args.gilpy, "-c", prog]))
            p.append(measure([python, "-S", "-c", prog]))
    print("%-28s %8s %8s %8s  %-20s %s" % ("row", "gilpy", "CPython", "ratio", "target", "met"))
    for name, _, timed, target, met in ROWS:
        g, p = (statistics.median(s) for s in samples[name])
        ratio = "%.2f" % (g / p) if timed else "-"
        print("%-28s %8.3f %8.3f %8s  %-20s %s" % (name, g, p, ratio, target,
                                                 "yes" if met(g, p) else "NO"))


if __name__ == "__main__":
    main()
