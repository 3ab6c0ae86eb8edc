i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
else:
    print("done", i)
while True:
    i -= 1
    if i < 2:
        break
print("after", i)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("no break")
