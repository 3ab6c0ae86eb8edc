def loop():
    n = 0
    while True:
        n += 1
        if n == 5:
            raise KeyboardInterrupt
try:
    loop()
except Exception:
    print("wrong handler")
except KeyboardInterrupt as e:
    print("interrupted", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise KeyboardInterrupt("msg")
except BaseException as e:
    print(type(e).__name__, e)
