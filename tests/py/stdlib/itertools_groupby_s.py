import itertools
data = "aaabccdaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
recs = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for k, g in itertools.groupby(recs, key=lambda r: r[0]):
    print(k, [name for _, name in g])
nums = [1, 3, 5, 2, 4, 7]
print([(k, list(g)) for k, g in itertools.groupby(nums, key=lambda n: n % 2)])
print([(k, list(g)) for k, g in itertools.groupby(sorted("banana"))])
