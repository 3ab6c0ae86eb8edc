import itertools, operator
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain()), list(itertools.chain.from_iterable(["xy", [1], ()])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([])), list(itertools.accumulate("abc")))
