class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), isinstance(s, list))
print(s + [9], type(s + [9]).__name__)
s2 = Stack()
s2.extend("ab")
print(s2, sorted(Stack([3, 1, 2])))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged()
l.append(1)
print(l, repr(l))
