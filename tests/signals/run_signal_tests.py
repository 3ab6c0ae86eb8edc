#!/usr/bin/env python3
"""Sends real signals to gilpy scripts and checks how they end.

Each test starts the binary on a small script, waits until it prints
"ready", waits a moment more so that its main thread is inside the blocking
call, sends a signal with os.kill, and checks the exit status (-2: killed
by SIGINT, as CPython 3.8+ ends after an unhandled KeyboardInterrupt), the
last line of stderr, stdout, and that the end came promptly rather than
after the 30 s the scripts would otherwise wait. Running the same driver
with `--bin python3` checks the expectations against CPython. Prints
"N passed, N failed" and exits non-zero on any failure.

    python3 tests/signals/run_signal_tests.py --bin build/gilpy [-k NAME]
"""
import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

READY_TIMEOUT = 10.0
SETTLE = 0.3  # lets the main thread reach its blocking call after "ready"
PROMPT = 3.0  # seconds within which the signal must end the script

# name: (script, signal to send, exit status, last stderr line, stdout)
TESTS = {
    "busy_loop": (
        """
print("ready", flush=True)
while True:
    pass
""",
        signal.SIGINT, -2, "KeyboardInterrupt", "ready\n"),
    "sleep": (
        """
import time
print("ready", flush=True)
time.sleep(30)
""",
        signal.SIGINT, -2, "KeyboardInterrupt", "ready\n"),
    "lock_acquire": (
        """
import _thread
lock = _thread.allocate_lock()
lock.acquire()
print("ready", flush=True)
lock.acquire()
""",
        signal.SIGINT, -2, "KeyboardInterrupt", "ready\n"),
    "thread_join": (
        """
import threading, time
t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
t.start()
print("ready", flush=True)
t.join()
""",
        signal.SIGINT, -2, "KeyboardInterrupt", "ready\n"),
    "sigterm_handler": (
        """
import signal, sys, time
def on_term(signum, frame):
    print("got", signum, flush=True)
    sys.exit(3)
signal.signal(signal.SIGTERM, on_term)
print("ready", flush=True)
time.sleep(30)
""",
        signal.SIGTERM, 3, None, "ready\ngot 15\n"),
    "caught_in_script": (
        """
import time
try:
    print("ready", flush=True)
    time.sleep(30)
except KeyboardInterrupt:
    print("caught")
""",
        signal.SIGINT, 0, None, "ready\ncaught\n"),
    # PEP 475: a handler that returns lets the sleep run to its end.
    "sleep_resumes": (
        """
import signal, time
signal.signal(signal.SIGINT, lambda signum, frame: print("handled", flush=True))
start = time.monotonic()
print("ready", flush=True)
time.sleep(1.0)
print("slept", time.monotonic() - start >= 1.0)
""",
        signal.SIGINT, 0, None, "ready\nhandled\nslept True\n"),
    "pause": (
        """
import signal
signal.signal(signal.SIGUSR1, lambda signum, frame: print("got", signum, flush=True))
print("ready", flush=True)
signal.pause()
print("resumed")
""",
        signal.SIGUSR1, 0, None, "ready\ngot 10\nresumed\n"),
    "sigint_ignored": (
        """
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(1.0)
print("done")
""",
        signal.SIGINT, 0, None, "ready\ndone\n"),
}


def run_one(binary, script, signum):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(script.lstrip())
        path = f.name
    try:
        proc = subprocess.Popen([binary, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out = b""
        deadline = time.monotonic() + READY_TIMEOUT
        while b"ready\n" not in out:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([proc.stdout], [], [], left)[0]:
                proc.kill()
                proc.communicate()
                return None, "no 'ready' line", "", 0.0
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            out += chunk
        time.sleep(SETTLE)
        sent = time.monotonic()
        os.kill(proc.pid, signum)
        try:
            rest, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, err = proc.communicate()
        elapsed = time.monotonic() - sent
        return proc.returncode, (out + rest).decode(), err.decode(), elapsed
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="interpreter to test (gilpy, or python3)")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    args = ap.parse_args()
    passed = failed = 0
    for name, (script, signum, status, last_err, stdout) in TESTS.items():
        if args.k not in name:
            continue
        code, out, err, elapsed = run_one(args.bin, script, signum)
        problems = []
        if code != status:
            problems.append(f"exit status {code}, expected {status}")
        lines = err.strip().splitlines()
        if last_err is not None and (not lines or lines[-1] != last_err):
            problems.append(f"last stderr line {lines[-1:]!r}, expected {last_err!r}")
        if last_err is None and err:
            problems.append(f"unexpected stderr {err!r}")
        if out != stdout:
            problems.append(f"stdout {out!r}, expected {stdout!r}")
        if elapsed > PROMPT + (1.0 if "resumes" in name or "ignored" in name else 0.0):
            problems.append(f"took {elapsed:.1f} s after the signal")
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
            if err:
                print("  stderr: " + err.replace("\n", "\n  "))
        else:
            passed += 1
            print(f"ok   {name} ({elapsed:.2f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
