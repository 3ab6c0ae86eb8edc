#!/usr/bin/env python3
"""Benchmarks gilpy against CPython, side by side, as ratios.

Usage: run.py [--bin build/gilpy] [--rounds 5] [names...]

Each program in this directory runs on gilpy and on the real CPython binary
(with -S, bypassing any pyenv shim), alternating the two so machine noise
hits both alike. The table shows median wall times, the ratio gilpy/python3
(below 1.0 means gilpy is faster), and peak RSS of each. Outputs must match,
or the row is marked. Start-up (`-c pass`) is measured the same way.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def run_timed(cmd):
    """Returns (seconds, stdout) of one run."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), p.stderr.decode()[-500:]))
    return dt, p.stdout


def peak_rss(cmd):
    """Peak RSS in KiB, from GNU time: a child forked straight from this
    Python process would inherit its high-water mark."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, check=True)
    return int(p.stderr.decode().strip().splitlines()[-1])


def bench(gilpy, python, args, rounds):
    g_cmd, p_cmd = [gilpy] + args, [python, "-S"] + args
    g_times, p_times = [], []
    for _ in range(rounds):
        dt, g_out = run_timed(g_cmd)
        g_times.append(dt)
        dt, p_out = run_timed(p_cmd)
        p_times.append(dt)
    return (statistics.median(g_times), statistics.median(p_times), peak_rss(g_cmd),
            peak_rss(p_cmd), g_out == p_out)


def programs():
    """The benchmark programs' names; threads.py and scaling.py are drivers
    like this one (they time the interpreters themselves)."""
    drivers = ("run.py", "threads.py", "scaling.py")
    return sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f not in drivers)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    python = real_python()
    progs = programs()
    if args.names:
        progs = [p for p in progs if p in args.names]
    print("gilpy: %s\npython3: %s -S\nrounds: %d (medians)\n" % (args.bin, python, args.rounds))
    print("%-16s %10s %10s %7s %11s %11s %7s" % ("program", "gilpy s", "python3 s", "ratio",
                                                "gilpy KiB", "python KiB", "output"))
    rows = [("startup", ["-c", "pass"], args.rounds * 4)]
    rows += [(p, [os.path.join(HERE, p + ".py")], args.rounds) for p in progs]
    for name, cmd, rounds in rows:
        g, p, grss, prss, same = bench(args.bin, python, cmd, rounds)
        print("%-16s %10.4f %10.4f %7.2f %11d %11d %7s" % (name, g, p, g / p, grss, prss,
                                                           "same" if same else "DIFF"))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
