x = 1234.56789
for spec in ["", "f", ".2f", "10.2f", "<10.2f", "^10.1f", "010.3f", "+.1f", ",.2f", "_.2f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ".0f", "#.0f"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e20, 1.5e-7, float("inf"), float("-inf"), float("nan"), 2.5, 3.5]:
    print(repr(format(v, "")), repr(format(v, ".2f")), repr(format(v, "g")), repr(format(v, ".0f")))
