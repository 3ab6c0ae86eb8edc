def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(round(0.5), round(1.5), round(2.5), round(-1.5), round(7, -1), round(5, -1), round(15, -1), round(25, -1), round(123.456, -1), round(-123.456, 1))
print(round(True), type(round(True)).__name__, round(1, None), round(10**20 + 5, -1) - 10**20)
t(lambda: round("x"))
t(lambda: round(1.5, "x"))
t(lambda: round(1.5, 1.5))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(()) == hash(()))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [])))
t(lambda: hash(set()))
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__, id(None) == id(None))
print(repr(None), repr(...), repr(1.0), repr("a'b"), repr('a"b'), repr("a'b\""), repr(b"x"), repr([1, "a"]), repr((1,)), repr({1: "x"}), repr(set()), repr(range(3)))
print(ascii("é\n"), ascii(["ü"]), repr("\x00\x7f\u200b"), str(b"ab"), format(3.14159, ".2f"), format(5, "08b"), format("x", ">3"))
l = [1]; l.append(l); print(repr(l)); d = {}; d[1] = d; print(d)
