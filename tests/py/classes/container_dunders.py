class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
print((1, 2) in g, (3, 3) in g, (3, 3) not in g)
del g[1, 2]
print((1, 2) in g)
g["a"] += 3
print(g.cells)
