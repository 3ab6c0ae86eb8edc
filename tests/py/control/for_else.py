for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("not found")
for x in [1, 5, 3]:
    if x == 5:
        print("found")
        break
else:
    print("unreachable")
for c in "abc":
    for d in "xy":
        if d == "y":
            break
        print(c + d)
for i in range(3):
    pass
print(i)
for k, v in {"a": 1}.items():
    print(k, v)
