# Ctrl-C delivered inside a nested call: the traceback ends at the call that
# let the handler run.
import os
import signal


def inner():
    os.kill(os.getpid(), signal.SIGINT)


def outer():
    inner()


print("start")
outer()
