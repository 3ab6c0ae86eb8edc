class LRUCache:
    class _Node:
        __slots__ = ("key", "val", "prev", "next")
        def __init__(self, key=None, val=None):
            self.key, self.val, self.prev, self.next = key, val, None, None
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = self._Node()
        self.tail = self._Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def __setitem__(self, key, val):
        n = self.map.get(key)
        if n:
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print("evict", lru.key)
            n = self._Node(key, val)
            self.map[key] = n
        self._push_front(n)
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __repr__(self):
        return "LRUCache(%s)" % ", ".join("%r: %r" % (k, self.map[k].val) for k in self)
c = LRUCache(3)
for k in "abc":
    c[k] = k.upper()
print(c)
c.get("a")
c["d"] = "D"
print(c, len(c), "b" in c)
c["c"] = "CC"
c["e"] = "E"
print(list(c), c["c"])
try:
    c["zzz"]
except KeyError as e:
    print("KeyError:", e)
print(c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
