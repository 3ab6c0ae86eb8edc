try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
try:
    err
except NameError as e:
    print("NameError:", e)
err = "keep"
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
