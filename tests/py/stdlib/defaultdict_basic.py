def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from _collections import defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
t(lambda: dd)
t(lambda: (dd['a'], dd.get('zz'), 'zz' in dd, len(dd)))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
t(lambda: counts)
t(lambda: sorted(counts.items()))
t(lambda: dict(counts))
t(lambda: (counts.default_factory, defaultdict().default_factory))
counts.default_factory = None
t(lambda: counts['q'])
t(lambda: defaultdict(lambda: 'N/A')['x'])
groups = defaultdict(set)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].add(len(word))
t(lambda: sorted((k, sorted(v)) for k, v in groups.items()))
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
t(lambda: dict(root['a']['b']))
t(lambda: isinstance(dd, dict))
t(lambda: type(dd))
t(lambda: dd == {'a': [1, 2], 'b': []})
