import heapq
import random

random.seed(3)
for trial in range(12):
    data = [random.randrange(20) for _ in range(random.randrange(25))]
    h = []
    for v in data:
        heapq.heappush(h, v)
    snapshot = list(h)
    popped = [heapq.heappop(h) for _ in range(len(h) // 2)]
    d2 = list(data)
    heapq.heapify(d2)
    replaced = heapq.heapreplace(d2, 7) if d2 else None
    pushpopped = heapq.heappushpop(d2, 5)
    print(snapshot, popped, h, d2, replaced, pushpopped)
    print(heapq.nsmallest(3, data), heapq.nlargest(4, data), heapq.nlargest(2, data, key=lambda x: -x))
    a, b = sorted(data[:5]), sorted(data[5:])
    print(list(heapq.merge(a, b)), list(heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda p: p[0])))
print(list(heapq.merge()), list(heapq.merge([], [1])), heapq.nsmallest(0, [1]), heapq.nlargest(-1, [1]))
tasks = []
for priority, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (priority, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
