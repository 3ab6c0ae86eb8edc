def len(x):
    return "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
list = [1, 2]
print(list)
del list
print(list("ab"))
