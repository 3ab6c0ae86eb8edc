# Imported by import_local.py; not a test itself (it is listed as one, but
# only defines things and prints nothing).
CONSTANT = "const"
calls = 0


def double(x):
    return x * 2


def counter():
    global calls
    calls += 1
    return calls
