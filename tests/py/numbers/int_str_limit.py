x = 10 ** 5000
try:
    s = str(x)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
