# Freeing a deeply nested structure must not overflow the C stack.
l = []
for i in range(1_000_000):
    l = [l]
del l
t = None
for i in range(1_000_000):
    t = (t, i)
t = None
d = None
for i in range(300_000):
    d = {"next": d}
d = None
print("freed")
