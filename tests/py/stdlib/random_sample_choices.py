def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import random
random.seed(2024)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 30))
print(random.sample('abcdefghij', 10))
print(random.sample(['a', 'b', 'c'], 5, counts=[3, 1, 2]))
print(random.sample([1, 2, 3], 0))
print(random.choices('abc', k=5))
print(random.choices('abc', weights=[1, 5, 10], k=6))
print(random.choices('abc', cum_weights=[1, 5, 10], k=6))
print(random.choices(range(3), [0, 0, 1]))
