a = 1; b = 2; print(a + b)
if a: print("one-line if")
for i in range(2): print("loop", i)
while a < 3: a += 1
print(a)
def g(): return "one-line def"
print(g())
