# Shared by the signal tests: calls f and prints its result or its error.


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)
