from collections import deque, Counter, OrderedDict, defaultdict, namedtuple
print(isinstance(Counter(), dict), isinstance(OrderedDict(), dict), isinstance(defaultdict(), dict))
q = deque()
for task in ["a", "b", "c"]:
    q.append(task)
order = []
while q:
    t = q.popleft()
    order.append(t)
    if t == "a":
        q.append("a2")
print(order)
c = Counter()
for w in "one two one three one two".split():
    c[w] += 1
print(c.most_common(), list(c), c["none"])
Pair = namedtuple("Pair", "left right")
print(Pair(1, 2)._asdict(), Pair._fields, Pair(*"ab"))
