def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree
print(list(walk([1, [2, [3, [4]], 5], [[6]]])))
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(perms("abc")))
