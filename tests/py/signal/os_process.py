# os.kill, os.waitpid and the wait-status helpers.
import os
import signal

from _attempt import attempt


attempt(os.kill, os.getpid(), 0)
attempt(os.kill, os.getpid(), 1000)
attempt(os.kill, 1)
attempt(os.kill, "x", 2)
attempt(os.kill, os.getpid(), "x")
attempt(os.waitpid, -1, 0)
attempt(os.waitpid, -1, os.WNOHANG)
attempt(os.waitpid, -1)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)

exited3 = 3 << 8
killed9 = 9
core11 = 0x80 | 11
stopped19 = (19 << 8) | 0x7F
for status in (0, exited3, killed9, core11, stopped19, 0xFFFF):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status),
          os.WIFCONTINUED(status), os.WCOREDUMP(status))
print(os.WEXITSTATUS(status=exited3))
attempt(os.WEXITSTATUS, "x")
for status in (0, exited3, killed9, core11, stopped19):
    attempt(os.waitstatus_to_exitcode, status)

print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(type(os.getppid()).__name__, os.getppid() > 0)
