import itertools
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(itertools.islice(itertools.cycle("abc"), 8)), list(itertools.islice(itertools.cycle([]), 3)))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.repeat(7), 2)), list(itertools.repeat(1, 0)))
print(list(zip(itertools.count(1), "abc")), list(map(pow, range(4), itertools.repeat(2))))
