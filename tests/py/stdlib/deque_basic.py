def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
t(lambda: d)
t(lambda: (d.pop(), d.popleft(), d))
d.extend('ab')
d.extendleft([10, 20])
t(lambda: d)
t(lambda: (len(d), d[0], d[-1], d[3], 2 in d, 'z' in d, bool(d), bool(deque())))
d[0] = 'first'
del d[1]
t(lambda: d)
t(lambda: list(d))
t(lambda: list(reversed(d)))
t(lambda: [x for x in d if x != 1])
d.clear()
t(lambda: d)
e = deque(range(5))
e.reverse()
t(lambda: e)
e.insert(2, 'x')
e.insert(-1, 'y')
e.insert(100, 'end')
e.insert(-100, 'start')
t(lambda: e)
e.remove('x')
t(lambda: (e, e.count(1), e.count('nope')))
c = e.copy()
c.append('c')
t(lambda: (e, c, c is e))
f = deque('ab')
f.extend(f)
t(lambda: f)
f += 'cd'
t(lambda: f)
t(lambda: f + deque([1]))
t(lambda: f * 2)
t(lambda: 2 * deque([1]))
f *= 2
t(lambda: f)
t(lambda: deque())
t(lambda: deque(x * x for x in range(4)))
q = deque()
for i in range(100):
    q.append(i)
    q.appendleft(-i)
for i in range(60):
    q.pop()
    q.popleft()
t(lambda: q)
