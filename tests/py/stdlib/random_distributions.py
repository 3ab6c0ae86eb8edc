def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import random
random.seed(7)
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(0, 1))
print(random.expovariate(2.0), random.betavariate(2, 3))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.paretovariate(3), random.weibullvariate(1, 2))
vals = [random.gauss(0, 1) for _ in range(1000)]
print(round(sum(vals) / len(vals), 6))
