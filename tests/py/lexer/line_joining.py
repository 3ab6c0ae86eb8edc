total = (1 +
         2 +
         3)
items = [
    "a",
    "b",  # trailing comma and comment
]
d = {
    "k": 1,
}
x = 1 + \
    2
print(total, items, d, x)
if (x == 3 and
        total == 6):
    print("joined condition")
s = """triple
  keeps   indentation
"""
print(s)
