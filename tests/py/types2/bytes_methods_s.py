b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b[0], b[-1], b[1:4], list(b[:3]), b.startswith(b"He"), b.endswith(b"ld"), b"ll" in b, 72 in b)
print(b.strip(b"Hd"), b"  x ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b.hex(), bytes.fromhex("48 69"))
print(bytes(3), bytes([65, 66]), bytes(range(3)), b"ab" * 2, b"ab" + b"cd", len(b""), bytes("hé", "utf-8"))
print(repr(b"\x00\xff'\"\n"), b"abc".isalpha(), b"123".isdigit(), b"a b".title(), b"ab".center(6, b"*"), b"5".zfill(3))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
