# Subclassing int, str and tuple: values, extra attributes, overridden ops.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

    def double(self):
        return MyInt(self * 2)


m = MyInt(5)
m.note = "n"
print(m, m + 1, type(m + 1).__name__, m.double(), m.note, m == 5, hash(m) == hash(5))
print(isinstance(m, int), int(m), str(m), f"{m:03d}", [0, 1, 2, 3, 4, 5][m])
print(MyInt("12"), MyInt(2 ** 70), MyInt(), MyInt("ff", 16))


class Celsius(float):
    def __str__(self):
        return f"{float(self)}C"


print(str(Celsius(21.5)), Celsius(1) + 1)


class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("hi")
t.level = 3
print(t, repr(t), t.shout(), t.level, t + "x", type(t + "x").__name__, len(t), t == "hi")
print({t: 1}["hi"], "h" in t, t[0], t.startswith("h"), isinstance(t, str))
long = Tag("x" * 100)
long.extra = [1, 2]
print(len(long), long.extra)


class Pair(tuple):
    def first(self):
        return self[0]


p = Pair((1, 2))
p.label = "lbl"
print(p, p.first(), p.label, len(p), p + (3,), isinstance(p, tuple))
e = Pair()
e.z = 1
print(e, e.z)


class Bool2(int):
    def __bool__(self):
        return False


print(bool(Bool2(5)), not Bool2(0))
