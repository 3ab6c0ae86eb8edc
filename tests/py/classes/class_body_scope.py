x = "global"
class C:
    x = "class"
    y = x + "!"
    vals = [i * 2 for i in range(3)]
    def m(self):
        return x
print(C.y, C().m(), C.vals)
class Counter:
    n = 0
    for i in range(4):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
