def f(x):
    try:
        if x == 0: return 1 / x
        if x == 1: return [][1]
        if x == 2: return {}["k"]
        return int("z")
    except (ZeroDivisionError, IndexError) as e:
        return "A:" + type(e).__name__
    except (KeyError, ValueError) as e:
        return "B:" + type(e).__name__ + ":" + str(e)
for i in range(4):
    print(f(i))
errs = (TypeError, ValueError)
try:
    int("q")
except errs as e:
    print("via variable", type(e).__name__)
