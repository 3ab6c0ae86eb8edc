s = "héllo wörld ✓ 日本"
print(len(s), s.upper(), s[::-1], s.split(), s.encode("utf-8")[:8])
print(s.find("✓"), s[12], s.isascii(), ascii(s))
print(repr("\u00e9"), repr("\x00\x7f\n\t\\'\""), repr("'"), repr('"'), repr("'\""))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b2", "\U0001F600".encode("utf-8"), len("\U0001F600"))
print(sorted(["b", "A", "é", "a", "Z"]), "é" > "z")
