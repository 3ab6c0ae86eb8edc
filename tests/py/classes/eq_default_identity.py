class P: pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a, [a].count(a), a in [b], a in [a])
class Always:
    def __eq__(self, o): return True
print(Always() == 1, 1 == Always(), [1, 2].index(Always()), Always() in [5])
class Ne:
    def __eq__(self, o): return False
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == Ne())
