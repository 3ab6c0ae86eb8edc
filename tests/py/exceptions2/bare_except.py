def risky(n):
    if n == 0: raise ValueError("v")
    if n == 1: raise KeyboardInterrupt
    if n == 2: raise SystemExit(3)
    return "ok"
for i in range(4):
    try:
        print(risky(i))
    except:
        import sys
        print("bare caught", type(sys.exc_info()[1]).__name__)
try:
    try:
        raise TypeError("inner")
    except:
        print("handling, re-raising")
        raise
except TypeError as e:
    print("outer got", e)
