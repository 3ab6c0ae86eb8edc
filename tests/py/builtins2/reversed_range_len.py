print(list(reversed(range(5))), list(reversed([1, 2])), list(reversed("ab")), list(reversed((1, 2, 3))))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
class RR:
    def __reversed__(self): return iter("custom")
print("".join(reversed(RR())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
