def divide(a, b):
    return a / b

def compute(x):
    return divide(x, 0)

print("start")
compute(10)
