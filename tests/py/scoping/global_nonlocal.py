counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a += 100
        inner()
    mid()
    return a
print(outer())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def reads_global():
    return counter * 2
print(reads_global())
x = "module"
def f():
    x = "f"
    def g():
        return x
    return g()
print(f())
