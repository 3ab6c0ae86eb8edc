records = [("eng", "ann"), ("ops", "bob"), ("eng", "cid"), ("hr", "dee"), ("ops", "eve")]
groups = {}
for dept, name in records:
    groups.setdefault(dept, []).append(name)
for dept in sorted(groups):
    print(dept, ", ".join(groups[dept]))
inverted = {name: dept for dept, names in groups.items() for name in names}
print(inverted)
print(max(groups, key=lambda k: len(groups[k])))
