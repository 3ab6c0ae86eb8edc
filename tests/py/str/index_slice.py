s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[1::3], s[-3:], s[:-3], s[::-2], s[10:], s[-100:2])
print(len(s), s[3:1], s[5:2:-1])
try:
    s[8]
except IndexError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[6:11], u.upper(), u[::-1])
for ch in "añb":
    print(ch, ord(ch))
print(chr(233), chr(0x1F600), ord("€"))
