#!/usr/bin/env python3
"""Do CPU-bound threads scale? gilpy, gilpyt and gilpyt -X gil=1 side by side.

Usage: scaling.py [--build build] [--rounds 5]

The same pure-Python CPU work is split over T = 1, 2 and 4 threads; each
cell is the speedup over T = 1 on that interpreter (time with one thread /
time with T threads), the median over the rounds, the interpreters
alternating within each round. Under a GIL the speedup stays about 1.0 at
any T; without one it should approach the number of cores (this machine's
count is printed). A second table gives the single-thread cost of the
free-threading flag: gilpyt / gilpy on each program of run.py.

gilpyt runs with the GIL on until its runtime is safe without it (gilpyt
-X gil=0 is refused for now), so today its column matches gilpy's.
"""
import argparse
import os
import statistics

from run import HERE, ROOT, programs, run_timed
from threads import WORK

SPLIT = WORK + """
N = 8_000_000
work(N // 20)
def timed(t):
    threads = [threading.Thread(target=work, args=(N // t,)) for _ in range(t)]
    t0 = time.perf_counter()
    for th in threads: th.start()
    for th in threads: th.join()
    return time.perf_counter() - t0
one = timed(1)
print(*(one / timed(t) for t in (2, 4)))
"""


def interpreters(build):
    gilpy, gilpyt = os.path.join(build, "gilpy"), os.path.join(build, "gilpyt")
    return [("gilpy", [gilpy]), ("gilpyt", [gilpyt]), ("gilpyt -X gil=1", [gilpyt, "-X", "gil=1"])]


def speedups(cmd, rounds_out):
    out = run_timed(cmd + ["-c", SPLIT])[1].decode().split()
    rounds_out.append([float(x) for x in out])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    interps = interpreters(args.build)
    print("cores: %d, rounds: %d (medians)\n" % (os.cpu_count(), args.rounds))
    samples = {name: [] for name, _ in interps}
    for _ in range(args.rounds):
        for name, cmd in interps:
            speedups(cmd, samples[name])
    print("%-18s %8s %8s %8s" % ("speedup over T=1", "T=1", "T=2", "T=4"))
    for name, _ in interps:
        t2 = statistics.median(s[0] for s in samples[name])
        t4 = statistics.median(s[1] for s in samples[name])
        print("%-18s %8.2f %8.2f %8.2f" % (name, 1.0, t2, t4))
    print("\n%-18s %9s %9s %8s" % ("single thread", "gilpy s", "gilpyt s", "ratio"))
    gilpy, gilpyt = interps[0][1], interps[1][1]
    for prog in programs():
        path = os.path.join(HERE, prog + ".py")
        g, t = [], []
        for _ in range(args.rounds):
            g.append(run_timed(gilpy + [path])[0])
            t.append(run_timed(gilpyt + [path])[0])
        g, t = statistics.median(g), statistics.median(t)
        print("%-18s %9.4f %9.4f %8.2f" % (prog, g, t, t / g))


if __name__ == "__main__":
    main()
