print(abs(-3), abs(-2.5), abs(2 ** 70 * -1), round(3.7), round(-3.7), round(2.5), round(0.125, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), 100))
print(max(1, 5, 3), min([4, 2, 8]), max("abc"), min((3, 1), (2, 9)), max([], default="none"))
print(hex(255), oct(64), bin(10), int("1010", 2), float("3.5"))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
