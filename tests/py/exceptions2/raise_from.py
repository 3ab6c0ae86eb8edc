try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("t") from 5
except TypeError as e:
    print("TypeError:", e)
