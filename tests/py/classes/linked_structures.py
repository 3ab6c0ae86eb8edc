# A small program: a linked list and a binary tree with dunders.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, x):
        self.head = Node(x, self.head)
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

    def __contains__(self, x):
        return any(v == x for v in self)

    def __reversed__(self):
        return iter(list(self)[::-1])


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, list(reversed(ll)))


class Tree:
    def __init__(self):
        self.root = None

    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None

    def insert(self, k):
        def ins(n):
            if n is None:
                return Tree._N(k)
            if k < n.k:
                n.l = ins(n.l)
            else:
                n.r = ins(n.r)
            return n
        self.root = ins(self.root)
        return self

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)


t = Tree()
for k in [5, 3, 8, 1, 4, 9]:
    t.insert(k)
print(list(t), Tree._N.__qualname__)
