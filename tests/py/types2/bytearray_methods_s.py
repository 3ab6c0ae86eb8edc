ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[0], bytes(ba))
ba[1:3] = b"EE"
del ba[-3:]
print(ba, ba.pop(), ba, ba.find(b"l"))
ba.insert(0, 62)
ba.reverse()
print(ba, ba.decode(), bytearray(3), bytearray([1, 2]), ba.upper())
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2.remove(ord("c"))
print(ba2, ba2 == b"abdef", ba2.hex())
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
