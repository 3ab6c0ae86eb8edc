def f():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("caught", e)
            raise KeyError("second")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return "ret"
    finally:
        print("outer finally")
print(f())
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
    except IndexError as e:
        print("loop exc", e)
        continue
    finally:
        print("loop fin", i)
