class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
class BST:
    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = self._N(k)
            return
        n = self.root
        while True:
            side = "l" if k < n.k else "r"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, self._N(k))
                return
            n = child
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False
    def height(self, n=None, top=True):
        if top:
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.l, False), self.height(n.r, False))
ll = LinkedList([1, 2, 3, 4])
ll.push(0)
print(ll, len(ll), sum(ll), list(ll)[2])
ll.reverse()
print(ll, [x * x for x in ll if x % 2])
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t), 35 in t, 36 in t, t.height(), max(t), min(t))
it = iter(t)
print(next(it), next(it), next(it))
