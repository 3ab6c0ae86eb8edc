class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return "abc"[i]
print(2 in OnlyIter(), 5 in OnlyIter(), "b" in OnlyGetitem(), "z" in OnlyGetitem())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
