# NameError suggestions come from the innermost frame's locals, then its
# globals, then the builtins; str(e) never carries them.
def lookup():
    try:
        lenght = 3
        return lenhgt
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    return len


def total(items):
    running_total = 0
    for item in items:
        running_total += item
    return runing_total


print(lookup())
print(total([1, 2, 3]))
