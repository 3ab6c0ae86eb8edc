import itertools
nums = [1, 4, 6, 3, 8, 2]
print(list(itertools.takewhile(lambda x: x < 5, nums)), list(itertools.dropwhile(lambda x: x < 5, nums)))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.compress(range(5), [True, False])))
print(list(itertools.islice("abcdefg", 2, None)), list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.islice("abc", 10)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
