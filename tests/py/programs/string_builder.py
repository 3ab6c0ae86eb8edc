rows = []
for i in range(1, 6):
    rows.append(" ".join(f"{i * j:3}" for j in range(1, 6)))
print("\n".join(rows))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
for name, price, qty in table:
    print(f"{name:<8}|{price:>6.2f}|{qty:>4}|{price * qty:>8.2f}")
print("=" * 30)
