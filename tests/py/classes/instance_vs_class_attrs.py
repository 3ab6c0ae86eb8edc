class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter(); b = Counter()
print(a.id, b.id, Counter.count, a.count)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.items.append(1)
print(b.items, Counter.items)
b.items = [2]
print(a.items, b.items)
print("count" in a.__dict__, "id" in a.__dict__)
print(sorted(a.__dict__))
