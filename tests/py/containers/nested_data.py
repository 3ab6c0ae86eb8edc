data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
for u in data["users"]:
    print(u["name"], len(u["tags"]), u)
data["users"][1]["tags"].append("z")
print(data)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
l = [1, 2]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
