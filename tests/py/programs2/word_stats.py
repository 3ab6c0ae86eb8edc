import collections, itertools, functools
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
def words(text):
    for line in text.splitlines():
        for w in line.split():
            w = w.strip(",.").lower()
            if w:
                yield w
counts = collections.Counter(words(TEXT))
print(counts.most_common(5))
print(len(counts), sum(counts.values()))
by_len = collections.defaultdict(set)
for w in counts:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
bigrams = collections.Counter(itertools.pairwise(words(TEXT)))
print(bigrams.most_common(3))
longest = functools.reduce(lambda a, b: a if len(a) >= len(b) else b, counts)
print(longest, [w for w, _ in itertools.groupby(sorted(counts, key=len), key=len)])
print(" ".join(w.capitalize() for w in itertools.islice(words(TEXT), 6)))
