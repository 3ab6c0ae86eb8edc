from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square.func is power, square.args, square.keywords)
p2 = partial(square, mod=5)
print(p2(4), p2.keywords)
print(list(map(partial(int, base=2), ["101", "11"])))
