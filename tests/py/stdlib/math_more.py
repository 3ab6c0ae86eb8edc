import math
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(round(math.log(100, 10), 12), math.log2(1024), math.log10(0.001), math.exp(0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180) == math.pi, round(math.sin(math.pi / 6), 12), math.atan2(1, 1) * 4 == math.pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
