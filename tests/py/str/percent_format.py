print("%d items" % 5)
print("%s and %s" % ("a", "b"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %e %g %g" % (3.14159, 2.5, 12345.678, 0.0001, 1234567.0))
print("%x %X %o %c %r %%" % (255, 255, 8, 65, "q"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (None,))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
