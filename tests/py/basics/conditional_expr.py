for i in range(4):
    print("even" if i % 2 == 0 else "odd", i)
x = 3
y = "big" if x > 10 else "medium" if x > 2 else "small"
print(y)
print((lambda a: a * 2 if a else -1)(0))
