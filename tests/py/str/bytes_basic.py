b = b"hello world"
print(b, len(b), b[0], b[1:5], b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.decode(), "héllo".encode("utf-8"), "héllo".encode("utf-8").decode("utf-8"))
print(bytes(3), bytes([65, 66, 67]), b"ab" + b"cd", b"ab" * 2, b"x" in b"xyz")
print(b.find(b"o"), b.count(b"o"), b.startswith(b"he"), b.hex(), bytes.fromhex("4142"))
print(list(b"abc"), b == b"hello world", b"a" < b"b")
