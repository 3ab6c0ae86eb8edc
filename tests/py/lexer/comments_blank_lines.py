# a comment at the top

x = 1  # trailing


# more blank lines
def f():
    # comment in body

    return x  # inline


print(f())
