import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print([round(random.random(), 12) for _ in range(3)])
random.seed(12345)
print(random.random(), random.random())
