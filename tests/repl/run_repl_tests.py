#!/usr/bin/env python3
"""Drives gilpy's interactive REPL on a pseudo-terminal, as a person would.

Each test spawns the binary on a fresh pty (HOME pointed at a temporary
directory, so history starts empty and ~/.editrc is absent), types lines,
and waits, with a timeout, for the output it expects. Terminal escape
sequences and carriage returns are stripped before matching. Prints
"N passed, N failed" and exits non-zero on any failure.

    python3 tests/repl/run_repl_tests.py --bin build/gilpy [-k NAME]
"""
import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
import traceback

TIMEOUT = 10.0
ANSI = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])|\x07|\r")
UP = "\x1b[A"


class Session:
    """One gilpy process on a pty; `out` is everything it printed so far."""

    def __init__(self, binary, args=(), home=None):
        self.home = home or tempfile.mkdtemp(prefix="gilpy-repl-")
        self.own_home = home is None
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.home, "TERM": "xterm"}
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execve(binary, [binary, *args], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.raw = ""
        self.pos = 0  # where the next expect starts looking
        self.status = None

    @property
    def out(self):
        return ANSI.sub("", self.raw)

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return None
        if not data:
            return None
        self.raw += data.decode("utf-8", "replace")
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits for regex `pattern` after the previous match; returns the match."""
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.out, self.pos)
            if m:
                self.pos = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0 or self._read(left) is None:
                m = rx.search(self.out, self.pos)
                if m:
                    self.pos = m.end()
                    return m
                raise AssertionError(
                    f"timed out waiting for {pattern!r}; output after last match:\n"
                    + self.out[self.pos:])

    def expect_line(self, text, timeout=TIMEOUT):
        """Waits for an output line that is exactly `text`."""
        return self.expect(r"(?m)^" + re.escape(text) + r"\n", timeout)

    def prompt(self, timeout=TIMEOUT):
        m = self.expect(r">>> ", timeout)
        # libedit draws the prompt before it puts the terminal in raw mode;
        # a key sent in between is taken by the cooked line discipline (a
        # ^D there is lost). A person is never that fast; the test waits.
        time.sleep(0.05)
        return m

    def send(self, text):
        os.write(self.fd, text.encode())

    def line(self, text):
        """Types one line (Enter is a carriage return on a terminal)."""
        self.send(text + "\r")

    def wait(self, timeout=TIMEOUT):
        """Waits for the process to exit and returns its exit status."""
        deadline = time.monotonic() + timeout
        while self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                break
            if time.monotonic() > deadline:
                raise AssertionError("process did not exit; output:\n" + self.out)
            self._read(0.05)
        while self._read(0.05):
            pass
        return self.status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)


# ---- tests: each takes the binary path and raises AssertionError on failure ----


def test_banner(binary):
    with Session(binary) as s:
        s.expect(r"gilpy \d+\.\d+\.\d+ \(Python 3\.11\.\d+\) \[(GIL|free-threading) build\] on linux\n")
        s.prompt()


def test_quiet_suppresses_banner(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        before = s.out[: s.pos - len(">>> ")]
        assert before.strip() == "", f"unexpected output before the prompt: {before!r}"


def test_function_defined_and_called(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("def f(x):")
        s.expect(r"\.\.\. ")
        s.line("    y = x * 2")
        s.expect(r"\.\.\. ")
        s.line("    return y + 1")
        s.expect(r"\.\.\. ")
        s.line("")
        s.prompt()
        s.line("f(20)")
        s.expect_line("41")
        s.prompt()


def test_open_bracket_continues(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("t = (1,")
        s.expect(r"\.\.\. ")
        s.line("")
        s.expect(r"\.\.\. ")
        s.line("2)")
        s.prompt()
        s.line("t")
        s.expect_line("(1, 2)")
        s.line('"""a')
        s.expect(r"\.\.\. ")
        s.line('b"""')
        s.expect_line("'a\\nb'")


def test_exception_keeps_state(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("a = 5")
        s.prompt()
        s.line("1/0")
        s.expect_line("Traceback (most recent call last):")
        s.expect_line('  File "<stdin>", line 1, in <module>')
        s.expect_line("ZeroDivisionError: division by zero")
        s.prompt()
        s.line("a * 3")
        s.expect_line("15")
        s.prompt()


def test_underscore_holds_last_value(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("6 * 7")
        s.expect_line("42")
        s.prompt()
        s.line("None")  # None is not echoed and leaves _ alone
        s.prompt()
        s.line("_ + 1")
        s.expect_line("43")


def test_syntax_error_mid_session(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("b = 7")
        s.prompt()
        s.line("x = = 1")
        s.expect_line('  File "<stdin>", line 1')
        s.expect_line("    x = = 1")
        s.expect_line("        ^")
        s.expect_line("SyntaxError: invalid syntax")
        s.prompt()
        s.line("if b:")
        s.expect(r"\.\.\. ")
        s.line("")
        s.expect_line("IndentationError: expected an indented block after 'if' statement on line 1")
        s.prompt()
        s.line("b + 1")
        s.expect_line("8")


def test_ctrl_c_interrupts_running_code(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("n = 0")
        s.prompt()
        s.line("while True: n += 1")
        s.expect(r"\.\.\. ")
        s.line("")
        time.sleep(0.3)
        s.send("\x03")
        s.expect_line('  File "<stdin>", line 1, in <module>')
        s.expect_line("KeyboardInterrupt")
        s.prompt()
        s.line("n > 0")
        s.expect_line("True")


def test_ctrl_c_interrupts_sleep(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("import time")
        s.prompt()
        s.line("time.sleep(30)")
        time.sleep(0.3)
        s.send("\x03")
        s.expect_line('  File "<stdin>", line 1, in <module>', timeout=5)
        s.expect_line("KeyboardInterrupt")
        s.prompt()


def test_thread_prints_while_prompt_waits(binary):
    # The prompt releases the GIL while it reads: a thread started at the
    # prompt prints after a delay without anything being typed.
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("import threading, time")
        s.prompt()
        s.line("t = threading.Thread(target=lambda: (time.sleep(0.5), print('tick from thread')))")
        s.prompt()
        s.line("t.start()")
        s.prompt()
        start = time.monotonic()
        s.expect(r"tick from thread", timeout=5)
        waited = time.monotonic() - start
        assert 0.2 < waited < 4, f"the thread printed after {waited:.2f} s"
        s.line("t.is_alive()")
        s.expect_line("False")
        s.prompt()


def test_ctrl_c_at_prompt_cancels_line(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.send("1 + ")
        time.sleep(0.2)
        s.send("\x03")
        s.expect(r"\nKeyboardInterrupt\n")
        s.prompt()
        s.line("2 + 2")
        s.expect_line("4")


def test_ctrl_d_exits_zero(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.send("\x04")
        status = s.wait()
        assert status == 0, f"exit status {status}"


def test_exit_function(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("exit(3)")
        status = s.wait()
        assert status == 3, f"exit status {status}"


def test_history_across_sessions(binary):
    home = tempfile.mkdtemp(prefix="gilpy-repl-")
    try:
        with Session(binary, ["-q"], home=home) as s:
            s.prompt()
            s.line("12345 + 1")
            s.expect_line("12346")
            s.prompt()
            s.send("\x04")
            assert s.wait() == 0
        assert os.path.exists(os.path.join(home, ".gilpy_history")), "no ~/.gilpy_history"
        with Session(binary, ["-q"], home=home) as s:
            s.prompt()
            s.send(UP)
            s.expect(r"12345 \+ 1")
            s.send("\r")
            s.expect_line("12346")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_tab_completion(binary):
    with Session(binary, ["-q"]) as s:
        s.prompt()
        s.line("word = 'abc'")
        s.prompt()
        s.send("pri\t")
        s.expect(r"print\(")
        s.line("wor\t.upp\t))")
        s.expect_line("ABC")


def test_inspect_after_script(binary):
    fd, script = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w") as f:
        f.write("x = 41\nprint('script ran')\n")
    with Session(binary, ["-i", script]) as s:
        s.expect_line("script ran")
        s.prompt()
        assert "gilpy" not in s.out, "banner printed after a script"
        s.line("x + 1")
        s.expect_line("42")
        os.unlink(script)


def test_piped_stdin_runs_as_script(binary):
    r = subprocess.run([binary], input="x = 6\nprint(x * 7)\n", capture_output=True, text=True,
                       timeout=TIMEOUT)
    assert (r.returncode, r.stdout, r.stderr) == (0, "42\n", ""), r


TESTS = [(name[len("test_"):], fn) for name, fn in globals().items() if name.startswith("test_")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="the gilpy binary to drive")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    passed = failed = 0
    for name, fn in TESTS:
        if args.k not in name:
            continue
        try:
            fn(binary)
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(limit=1)
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
