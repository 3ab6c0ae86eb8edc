print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), None is None, None == 0)
print(1 != 2, not 1 == 2, 3 >= 3, "abc" <= "abd", 2 > 1 > 0 > -1)
x = 5
print(0 < x <= 5, 0 < x < 5, x in [1, 5], x not in (1, 2))
print(1 == True, 0 == False, 2 == True, 1.0 == True)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
