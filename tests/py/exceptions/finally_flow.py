def f(x):
    try:
        if x:
            return "from try"
    finally:
        print("finally runs", x)
    return "after"
print(f(True), f(False))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
print(h())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
