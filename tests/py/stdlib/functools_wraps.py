import functools
def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        print("calling", fn.__name__, a, kw)
        return fn(*a, **kw)
    return wrapper
@log_calls
def add(x, y=0):
    """Add two numbers."""
    return x + y
print(add(1, y=2))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def plain_deco(fn):
    def inner(*a):
        return fn(*a)
    return inner
@plain_deco
def sub(a, b):
    """doc"""
    return a - b
print(sub.__name__, sub.__doc__)
