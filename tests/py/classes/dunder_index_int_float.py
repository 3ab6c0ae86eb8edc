class Idx:
    def __index__(self): return 2
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
class Rnd:
    def __round__(self, n=None): return "rounded %s" % n
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(Idx()))
print(int(Num()), float(Num()), round(Rnd()), round(Rnd(), 2))
print([1, 2, 3, 4][Idx():])
