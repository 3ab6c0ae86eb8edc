def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        return "except"
    else:
        return "else %d" % r
    finally:
        print("finally", x)
print(f(2)); print(f(0))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
