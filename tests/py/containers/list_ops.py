l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); print(l)
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(1); print(l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True))
print([1, 2] + [3], [0] * 3, len([]), [1, [2, 3]], l.copy() == l, l.copy() is l)
l.clear(); print(l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
