l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.count(1), l.count(7))
l2 = l.copy(); l2.sort(); print(l2, l)
l2.sort(reverse=True, key=lambda v: v % 3); print(l2)
l.insert(0, 0); l.insert(100, 99); l.insert(-1, 50); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
l.reverse(); print(l)
l.extend(range(2)); l += "ab"; print(l)
l.clear(); print(l, [] == l)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop(3)
except IndexError as e:
    print("IndexError:", e)
