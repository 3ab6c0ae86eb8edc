import itertools
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(3), 0)), list(itertools.combinations([1], 2)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.combinations(range(10), 4))))
