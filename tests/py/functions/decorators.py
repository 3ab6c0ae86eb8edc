def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def times(n):
    def deco(fn):
        def wrapped(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapped
    return deco
@trace
def add(a, b=0):
    return a + b
@times(3)
def double(x):
    return x * 2
@trace
@times(2)
def inc(x):
    return x + 1
print(add(1, b=2), double(1), inc(5))
