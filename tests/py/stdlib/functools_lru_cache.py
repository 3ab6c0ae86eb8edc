def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
t(lambda: fib(80))
t(lambda: fib.cache_info())
fib.cache_clear()
t(lambda: fib.cache_info())
@functools.lru_cache
def sq(n):
    return n * n
for i in [1, 2, 1, 3, 1]:
    sq(i)
t(lambda: sq.cache_info())
t(lambda: (sq.__name__, sq.__wrapped__.__name__))
@functools.lru_cache(maxsize=2)
def ident(n):
    return n
for i in [1, 2, 1, 3, 2, 1, 1]:
    ident(i)
t(lambda: ident.cache_info())
@functools.lru_cache(maxsize=0)
def z(n):
    return n
z(1)
z(1)
t(lambda: z.cache_info())
@functools.lru_cache(typed=True)
def ty(n):
    return n
ty(1)
ty(1.0)
ty(1)
t(lambda: ty.cache_info())
@functools.lru_cache()
def un(n):
    return n
un(1)
un(1.0)
un(n=1)
un(n=1)
t(lambda: un.cache_info())
t(lambda: un.cache_parameters())
t(lambda: functools.lru_cache('x'))
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
t(lambda: (fact(10), fact.cache_info()))
info = fact.cache_info()
t(lambda: (info.hits, info.misses, info.maxsize, info.currsize, info[1]))
