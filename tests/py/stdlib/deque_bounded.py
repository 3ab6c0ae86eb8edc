def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
t(lambda: d)
d.appendleft(9)
t(lambda: d)
d.extendleft([7, 8])
t(lambda: d)
d.extend(range(10))
t(lambda: (d, d.maxlen))
t(lambda: deque('abcdef', 2))
t(lambda: deque([1, 2], 3) * 2)
t(lambda: deque(range(10), maxlen=None))
t(lambda: deque([1], maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
z.appendleft(3)
t(lambda: z)
t(lambda: deque([1, 2], 2).insert(0, 5))
last = deque(maxlen=2)
for line in ['a', 'b', 'c', 'd']:
    last.append(line)
t(lambda: list(last))
def tail(it, n):
    return deque(it, maxlen=n)
t(lambda: tail(range(100), 4))
