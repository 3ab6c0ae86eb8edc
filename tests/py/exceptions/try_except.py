def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return None.attr
    if kind == 6:
        return "a" + 1
    return "fine"
for k in range(8):
    try:
        print(risky(k))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print("ValueError", e)
    except NameError as e:
        print("NameError", e)
    except Exception as e:
        print("other", type(e).__name__, e)
