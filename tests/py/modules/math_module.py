import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(99))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 10), math.hypot(3, 4))
print(math.fabs(-3), math.fmod(7, 3), math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.degrees(math.pi))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
from math import sqrt, pi as PI
print(sqrt(9), PI)
