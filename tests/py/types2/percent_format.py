print("%s|%r|%d|%i|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%e|%.2f|%10.3f|%g|%c|%c|%%" % ("s", "r", 42, 7, 3, 3, 3, 3, 255, 255, 255, 8, 8, 12345.678, 3.14159, 2.5, 0.0001, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%s" % (1,), "%s" % [1, 2], "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
