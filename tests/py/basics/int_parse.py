print(int("42"), int("-42"), int("  +7  "), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(True), int(False), int(), int(-0.5))
for bad in ["", "abc", "1.5", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
