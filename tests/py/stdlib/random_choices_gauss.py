import random
random.seed(4)
print(random.choices("abc", k=6))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices("xy", cum_weights=[1, 10], k=5))
random.seed(4)
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10), 10), round(random.betavariate(2, 3), 10))
