# Subclassing list: extra attributes, overridden methods, super() calls.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3)
s.name = "st"
print(s, len(s), s.peek(), s.name, isinstance(s, list), type(s).__name__)
print(s + [4], type(s + [4]).__name__, s[1:], sum(s), sorted(s, reverse=True))
print(s == [1, 2, 3], [1, 2, 3] == s, 3 in s, list(reversed(s)))
s.sort(reverse=True)
print(s, s.pop(), s)


class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def append(self, x):
        print("append", x)
        super().append(x)


l = Logged([1, 2, 3])
l[0] = 5
l.append(4)
print(l[0], l[3], len(l), list.__getitem__(l, 0))


class Empty(list):
    pass


e = Empty()
print(bool(e), e, repr(Empty("ab")))
try:
    hash(e)
except TypeError as err:
    print("TypeError:", err)
