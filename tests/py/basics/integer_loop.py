i = 0
total = 0
while i < 1_000_000:
    total += i * 2 - 1
    i += 1
print(total)
acc = 1
for k in range(1, 200):
    acc = (acc * 31 + k) % 1_000_000_007
print(acc)
