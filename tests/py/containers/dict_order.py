d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 3):
    del d[str(i)]
d["0"] = "back"
print(list(d))
print(list(d.values())[:5])
big = {i: i * i for i in range(10000)}
print(len(big), big[9999], sum(big.values()))
for i in range(5000):
    del big[i]
print(len(big), min(big), next(iter(big)))
