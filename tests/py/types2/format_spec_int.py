for spec in ["d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "-d", ",d", "_d", "x", "X", "#x", "o", "#o", "b", "#b", "08b", "_b", "*^9d", "=+8d", "c"]:
    print(repr(spec), repr(format(65, spec)), repr(format(-65, spec)) if spec != "c" else "")
print(format(1234567, ","), format(1234567, "_"), format(-1234567, "015,d"))
print(format(255, "#010x"), format(True, "d"), format(True, ""))
