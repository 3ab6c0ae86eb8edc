# Rich comparisons: reflection, NotImplemented, defaults, subclass priority.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("V.__eq__")
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    __hash__ = None


print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), V(1) <= V(1))
print(V(3) == 3)
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
print(max([V(3), V(5), V(2)]).v)
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)


class W(V):
    def __eq__(self, o):
        print("W.__eq__")
        return True

    def __gt__(self, o):
        print("W.__gt__")
        return True


print(V(1) == W(2))
print(V(1) < W(2))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p is p)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)


class OnlyEq:
    def __eq__(self, o):
        return NotImplemented


print(OnlyEq() == OnlyEq(), OnlyEq() != 1)
