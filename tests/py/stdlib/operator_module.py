import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 7), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(5), operator.pow(2, 8))
print(operator.eq(1, 1), operator.lt(2, 1), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.concat("a", "b"), operator.getitem("abc", 1), operator.index(7))
rows = [("bob", 30, "x"), ("amy", 25, "y"), ("cat", 30, "a")]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 2)(rows[0]), operator.itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
ps = [P("zed", 3), P("al", 9)]
print([p.name for p in sorted(ps, key=operator.attrgetter("name"))], operator.attrgetter("name", "age")(ps[0]), operator.attrgetter("inner.inner.name")(ps[1]))
print(operator.methodcaller("greet", "hi")(ps[0]), operator.methodcaller("greet", "yo", punct="?")(ps[1]), list(map(operator.methodcaller("upper"), ["a", "b"])))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.iadd([1], [2]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.abs(-2))
