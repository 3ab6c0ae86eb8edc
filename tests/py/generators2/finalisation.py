def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "2"
    finally:
        print("release", name)
for r in resource("a"):
    print("use", r)
for r in resource("b"):
    print("use", r)
    break
g = resource("c")
next(g)
del g
print("end")
