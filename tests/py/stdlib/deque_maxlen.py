from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
print(d, d.maxlen)
d.appendleft(100)
print(d)
d.extend([7, 8])
print(d)
last_lines = deque("abcdefg", 2)
print(last_lines, deque(maxlen=0), deque([1, 2]) == deque([1, 2]), deque() == [])
d2 = deque([1, 2, 3], maxlen=5)
d2 += [4]
print(d2, d2 * 2 if False else d2.copy())
