print(all([1, 2]), all([1, 0]), any([0, 0]), any(x > 2 for x in range(5)), all(""), any({0: 1}))
print(len("abc"), len([1, 2]), len({1: 2}), len(range(10, 0, -3)), len(b"ab"), len(set("aab")))
