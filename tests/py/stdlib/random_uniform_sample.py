import random
random.seed(99)
print([random.uniform(1, 10) for _ in range(4)])
print(random.uniform(5, 5), random.uniform(10, 0) <= 10)
print(random.sample(range(100), 10))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(sorted(random.sample(range(10), 10)) == list(range(10)))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
