print("init _shapes.util")
def fmt(x):
    return "%.2f" % x
PI = 3.14159
