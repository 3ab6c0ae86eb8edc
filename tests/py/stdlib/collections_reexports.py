def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import collections
from collections import deque, defaultdict
t(lambda: deque([1, 2], maxlen=3))
t(lambda: defaultdict(list, a=[1]))
t(lambda: collections.deque is deque)
t(lambda: (deque.__module__, defaultdict.__module__))
t(lambda: sorted(n for n in collections.__all__ if n in ('deque', 'defaultdict', 'namedtuple', 'Counter', 'OrderedDict')))
