n, pi, name = 42, 3.14159, "Ada"
w = 8
print(f"{n:>{w}}|{pi:.{2}f}|{name!r:^9}|{n:#x}|{n * 2 = }")
print(f"{'nested' + f'{n}'}", f"{n:,}", f"{1e6:,.1f}", f"{-5:+05d}")
print(f"{name=}", f"{pi=:.1f}", f"{{}}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{len(d)}", f"{'x' if n else 'y'}")
