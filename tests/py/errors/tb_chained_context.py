try:
    {}["k"]
except KeyError:
    print(1 / 0)
