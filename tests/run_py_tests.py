#!/usr/bin/env python3
"""Script tests: run each tests/py/**/*.py and compare with CPython's results.

Every test `x.py` has `x.expected`, written by CPython 3.11 and never edited
by hand. It holds the exit status, the last line of stderr (the exception
line of a traceback, if any) and the exact stdout:

    exit: 1
    stderr-last: ZeroDivisionError: division by zero
    --- stdout
    ...

Tests named `tb_*.py` check the whole of stderr too (traceback layout), in
a `--- stderr` section after stdout.

Run the tests:       run_py_tests.py --bin build/gilpy tests/py
Regenerate expected: run_py_tests.py --regen tests/py   (uses CPython)

A test reads `x.stdin` as standard input when present; scripts run with
their own directory as the working directory, by relative file name; the
test directory's absolute path is removed from the output, so paths in
messages match in any checkout.
"""
import argparse
import concurrent.futures
import os
import signal
import subprocess
import sys

TIMEOUT = 60


def find_tests(roots, only):
    tests = []
    for root in roots:
        if root.endswith(".py"):
            tests.append(os.path.abspath(root))
            continue
        for d, dirs, files in os.walk(root):
            dirs[:] = sorted(x for x in dirs if not x.startswith(("_", ".")))
            for f in sorted(files):
                if f.endswith(".py") and not f.startswith("_"):
                    tests.append(os.path.abspath(os.path.join(d, f)))
    if only:
        tests = [t for t in tests if any(o in t for o in only)]
    return tests


def default_sigint():
    # A runner started in the background inherits SIGINT ignored, and
    # interpreters keep an ignored SIGINT ignored; the signal tests need the
    # usual disposition.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run(binary, test):
    d, name = os.path.split(test)
    stdin_path = test[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([binary, name], cwd=d, stdin=stdin, capture_output=True,
                           timeout=TIMEOUT, env=env, preexec_fn=default_sigint)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = "timeout", e.stdout or b"", b"timeout"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # CPython reports the script by absolute path; drop the checkout's
    # location so expectations hold in any clone.
    err_text = err.decode("utf-8", "replace").replace(d + os.sep, "")
    out = out.replace((d + os.sep).encode(), b"")
    last = err_text.rstrip("\n").split("\n")[-1] if err else ""
    full = err_text if name.startswith("tb_") else None
    return rc, last, out.decode("utf-8", "replace"), full


def render(rc, last, out, full_err):
    text = "exit: %s\nstderr-last: %s\n--- stdout\n%s" % (rc, last, out)
    if full_err is not None:
        text += "--- stderr\n" + full_err
    return text


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", help="interpreter to test")
    ap.add_argument("--regen", action="store_true", help="write .expected with CPython")
    ap.add_argument("-k", action="append", default=[], help="only tests whose path contains this")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("roots", nargs="+")
    args = ap.parse_args()
    tests = find_tests(args.roots, args.k)
    binary = real_python() if args.regen else os.path.abspath(args.bin)

    def one(test):
        return test, render(*run(binary, test))

    passed, failed = 0, []
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for test, got in pool.map(one, tests):
            exp_path = test[:-3] + ".expected"
            if args.regen:
                with open(exp_path, "w", encoding="utf-8", newline="") as f:
                    f.write(got)
                continue
            try:
                with open(exp_path, encoding="utf-8", newline="") as f:
                    want = f.read()
            except FileNotFoundError:
                want = None
            if got == want:
                passed += 1
            else:
                failed.append(test)
                print("FAIL %s" % os.path.relpath(test))
                if want is None:
                    print("  (no .expected file; run with --regen)")
                else:
                    show_diff(want, got)
    if args.regen:
        print("regenerated %d expected files" % len(tests))
        return 0
    print("%d passed, %d failed" % (passed, len(failed)))
    return 1 if failed else 0


def show_diff(want, got):
    import difflib
    diff = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "expected", "got",
                                     lineterm="", n=2))
    for line in diff[:40]:
        print("  " + line)
    if len(diff) > 40:
        print("  ... (%d more lines)" % (len(diff) - 40))


if __name__ == "__main__":
    sys.exit(main())
