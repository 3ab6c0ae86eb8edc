class Res:
    live = 0
    def __init__(self, n):
        self.n = n
        Res.live += 1
    def __del__(self):
        Res.live -= 1
        print("del", self.n)
r = Res(1)
print(Res.live)
del r
print(Res.live)
r2 = Res(2)
r2 = None
print(Res.live)
