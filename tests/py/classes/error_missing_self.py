class C:
    def method():
        return 1
    def two(self, a, b):
        return a + b
try:
    C().method()
except TypeError as e:
    print("TypeError:", e)
try:
    C().two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    C.two(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C(5)
except TypeError as e:
    print("TypeError:", e)
