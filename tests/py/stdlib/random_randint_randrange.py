import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(2)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randint(-1000, 1000) for _ in range(5)])
print(random.randrange(2 ** 70))
random.seed(3)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
