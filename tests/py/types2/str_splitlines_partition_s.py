s = "line1\nline2\r\nline3\rline4\n\nend"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c ".split(), " a b ".rsplit(None, 1), "a,b,c".rsplit(",", 1))
try:
    "x".split("")
except ValueError as e:
    print("ValueError:", e)
