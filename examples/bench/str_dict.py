words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
parts = []
for i in range(300_000):
    w = words[i % 8] + str(i % 1000)
    counts[w] = counts.get(w, 0) + 1
    if i % 1000 == 0:
        parts.append(w.upper())
text = ",".join(parts)
print(len(counts), sum(counts.values()), len(text.split(",")), text[:20])
