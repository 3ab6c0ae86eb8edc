vals = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"0"]
print([bool(v) for v in vals])
print([("T" if v else "F") for v in vals])
print(not [], not not [1], [] or "x", 0 or None or "last")
