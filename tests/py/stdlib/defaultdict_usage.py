from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["zzz"], len(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(None)
try:
    dd["missing"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"k": 1})), groups.default_factory is list, isinstance(groups, dict))
print(counts.get("q"), "q" in counts)
