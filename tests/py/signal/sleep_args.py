# time.sleep's argument checks.
import time


def attempt(*args):
    try:
        print("ok", time.sleep(*args))
    except BaseException as e:
        print(type(e).__name__, e)


attempt(0)
attempt(0.001)
attempt(True)
attempt(-1)
attempt(-0.5)
attempt(float("nan"))
attempt(float("inf"))
attempt(1e20)
attempt(2**70)
attempt("x")
attempt(None)
attempt()
attempt(1, 2)
