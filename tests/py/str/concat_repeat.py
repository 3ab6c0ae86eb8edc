s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
print("ab" * 3, 3 * "xy", "a" * 0, "-" * -1, "" * 5)
print("a" + "b" + "c")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
print("abc" in "xabcx", "z" not in "abc", "" in "abc")
