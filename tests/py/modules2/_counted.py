print("body of _counted runs")
loads = 0
def bump():
    global loads
    loads += 1
    return loads
