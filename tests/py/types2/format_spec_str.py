s = "hey"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".2", "5.1", "^"]:
    print(repr(spec), repr(format(s, spec)))
print("{:>{w}}|{:.{p}}|".format("a", "abcdef", w=4, p=3))
print("{0}{1}{0}".format("ab", "-"), "{name}={val!r}".format(name="k", val="v"))
print("{0[1]} {0[x]} {1.real}".format({1: "one", "x": "ex"}, 5))
print("{{literal}} {}".format(7), "{:%}".format(0.25), "{!s:>5}".format(None))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
