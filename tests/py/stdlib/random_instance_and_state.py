import random
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(0, 100), r2.randint(0, 100))
random.seed(10)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
r3 = random.Random()
r3.seed(2024)
print(r3.choice(range(1000)), r3.sample("abcdefgh", 4))
