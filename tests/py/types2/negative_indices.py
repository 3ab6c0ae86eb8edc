s, l, t = "python", [10, 20, 30, 40], (1, 2, 3)
print(s[-1], s[-6], l[-2], t[-3], s[-3:], l[:-2], t[-2:-1], s[-100:2], l[-1:-5:-1])
try:
    l[-5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
l[-1] = 99
del l[-2]
print(l, l.pop(-1), l)
print(range(10)[-1], range(10)[-3:], range(0, 10, 3)[-1], b"abc"[-1], bytearray(b"xy")[-2])
