import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
data = [7, 2, 9, 4]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), heapq.heappushpop([1, 5], 3))
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 4)
print(a)
