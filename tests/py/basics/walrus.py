data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print(f"list is too long ({n} elements)")
total = 0
while (x := data.pop()) > 3:
    total += x
print(total, x, data)
print([y for v in range(5) if (y := v * v) > 3], y)
