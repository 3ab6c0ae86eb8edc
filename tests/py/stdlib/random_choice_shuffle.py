def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import random
random.seed(12345)
l = list(range(20))
random.shuffle(l)
print(l)
words = ['apple', 'banana', 'cherry', 'date']
random.shuffle(words)
print(words)
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(1000)))
print([random.choice('HT') for _ in range(20)])
r = random.Random(99)
deck = [f'{v}{s}' for s in 'SHDC' for v in 'A23456789TJQK']
r.shuffle(deck)
print(deck[:10])
