import itertools
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.zip_longest()))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = itertools.tee("xy", 3)
print(list(t1), list(t2), list(t3))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])), list(itertools.pairwise([])))
