def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import deque
r = deque(range(8))
r.rotate(3)
t(lambda: r)
r.rotate(-5)
t(lambda: r)
r.rotate()
t(lambda: r)
r.rotate(27)
t(lambda: r)
r.rotate(-100)
t(lambda: r)
s = deque(range(5))
for i in range(7):
    s.append(s.popleft())
s.rotate(2)
t(lambda: s)
one = deque([1])
one.rotate(5)
t(lambda: one)
full = deque(range(8))
full.append(8)
for i in range(8):
    full.popleft()
    full.append(i + 9)
full.rotate(3)
t(lambda: full)
d = deque('abcabc')
t(lambda: (d.index('b'), d.index('b', 2), d.index('c', -2), d.index('a', 1, 4)))
t(lambda: d.index('z'))
t(lambda: d.index('a', 1, 2))
t(lambda: d.rotate('a'))
