result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
count = 0
i = 0
while i < 100:
    i += 1
    if i % 7 == 0:
        continue
    count += 1
print(count)
