class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
class Q(P):
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)
p, q = P(1, "a"), Q(2, "b")
print(p, repr(p), str(p))
print(q, repr(q), str(q))
print([p, q])
print("%s %r" % (q, q))
print(f"{q} {q!r} {p!s}")
print({"k": q})
