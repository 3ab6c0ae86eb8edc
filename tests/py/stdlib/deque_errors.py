def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import deque
d = deque([1, 2, 3])
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d.remove(9))
t(lambda: d[10])
t(lambda: d[-4])
t(lambda: d['a'])
t(lambda: d[1:2])
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1], maxlen='a'))
t(lambda: deque(1))
t(lambda: deque([1], 2, 3))
t(lambda: d + [1])
t(lambda: d.count())
t(lambda: d.pop(1))
t(lambda: d.append())
t(lambda: d.extend(1))
def mutate():
    q = deque([1, 2])
    for x in q:
        q.append(3)
t(mutate)
def setbad():
    q = deque([1, 2])
    q[5] = 1
t(setbad)
def delbad():
    q = deque([1, 2])
    del q[2]
t(delbad)
