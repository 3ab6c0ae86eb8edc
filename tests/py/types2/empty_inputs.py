print("".split(), "".split(","), "".strip(), "".join([]), "".upper(), "" in "abc", "".find(""), "".partition("x"))
print([] + [], [] * 5, sum([]), sum([], 10), max([], default="none"), min((), default=0), list(zip()), dict(), sorted(""))
print(any([]), all([]), list(reversed([])), list(enumerate([])), tuple(), set() == frozenset(), bool(""), bool(b""))
print("abc"[3:], [1][1:], (1,)[5:10], b""[0:], {}.get(""), {}.keys(), len(range(0)), list(range(5, 0)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    "".index("a")
except ValueError as e:
    print("ValueError:", e)
