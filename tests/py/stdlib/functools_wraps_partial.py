def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented(a):
    """Docstring."""
    return a
t(lambda: (documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3)))
def plain():
    pass
def w():
    pass
functools.update_wrapper(w, plain)
t(lambda: (w.__name__, w.__qualname__, w.__wrapped__ is plain))
p = functools.partial(int, base=2)
t(lambda: (p('101'), p.args, p.keywords))
t(lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
t(lambda: functools.reduce(lambda a, b: a * b, [], 7))
t(lambda: functools.reduce(lambda a, b: a * b, []))
t(lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
t(lambda: functools.WRAPPER_ASSIGNMENTS)
