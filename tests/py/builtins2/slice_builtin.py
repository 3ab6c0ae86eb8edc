s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s], "abcdefghijk"[s])
print(slice(3), slice(None, None, -1), "hello"[slice(None, None, -1)], s.indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2))
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
