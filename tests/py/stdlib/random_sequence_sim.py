import random
random.seed(2023)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(sum(rolls), rolls[:10], max(rolls), min(rolls))
hits = sum(1 for _ in range(1000) if random.random() < 0.25)
print(hits)
walk = 0
for _ in range(500):
    walk += random.choice((-1, 1))
print(walk)
cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(cards)
print(cards[:5], random.sample(cards, 3))
