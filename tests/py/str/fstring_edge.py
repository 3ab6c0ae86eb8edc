x = 3.5
items = ["a", "b"]
print(f"{x!r:>8}|{x:<8}|{x:^9.2f}|{x:+.1e}")
print(f"{items!r} {items[0]!s:>3} {len(items)!r}")
print(f"{'{'}{'}'} {{}} {{{x}}}")
print(f"{10:#b} {10:#o} {10:#x} {255:08b} {-5:05d} {3:,d}")
print(f"{1234567.891:,.2f} {0.000123:.2e} {1e-7:g} {123456789:g} {0.5:.0%}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}")
name = "x"
print(f"{name=}", f"{name = }", f"{1 + 2 = }", f"{x=:.1f}")
print(f"{'a' 'b'}", f"{(lambda: 5)()}", f"{[i for i in range(3)]}")
print(f"{True:d} {False!s} {None!r}")
