name = "World"
x = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{x} {x:5d} {x:<5}| {x:x} {pi:.3f} {pi:10.2f}|")
print(f"{name!r} {name!s} {name.upper()} {len(items)} {items[1]}")
print(f"{x + 1} {x * 2 = } {x=} {pi=:.2f}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested'} {{braces}} {'a' if x else 'b'}")
d = {"k": "v"}
print(f"{d['k']} {3.0:g} {1e10:e} {True} {None}")
print(f"""multi
{name}""")
print(f"{x:,}" f" {1000000:_}")
