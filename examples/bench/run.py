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


def run_measured(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), err.decode()[-500:]))
    return dt, usage.ru_maxrss, out


def bench(gilpy, python, args, rounds):
    g_times, p_times, g_rss, p_rss = [], [], [], []
    g_out = p_out = None
    for _ in range(rounds):
        dt, rss, g_out = run_measured([gilpy] + args)
        g_times.append(dt)
        g_rss.append(rss)
        dt, rss, p_out = run_measured([python, "-S"] + args)
        p_times.append(dt)
        p_rss.append(rss)
    return (statistics.median(g_times), statistics.median(p_times), max(g_rss), max(p_rss),
            g_out == p_out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "gilpy"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    python = real_python()
    progs = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
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
