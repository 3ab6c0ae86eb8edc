class Seq:
    def __getitem__(self, i):
        return i
s = Seq()
print(s[1], s[-1], s[1:3], s[::2], s[1:2, 3], s[...])
class Sq:
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * i
print(list(Sq()))
print(3 in Sq(), 16 in Sq(), 7 in Sq())
for v in Sq():
    print(v, end=" ")
print()
a, b, *rest = Sq()
print(a, b, rest)
