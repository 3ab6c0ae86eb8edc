import sys
print(type(sys.argv).__name__, sys.argv[0], len(sys.argv))
print(sys.version_info[:2] >= (3, 0), sys.version_info.major, type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(type(sys.path).__name__, sys.byteorder, type(sys.platform).__name__, "sys" in sys.modules)
print(sys.getrecursionlimit() > 100, sys.stdout.write("x\n"))
print(sys.intern("abc") == "abc", callable(sys.exit), sys.float_info.max > 1e300, sys.float_info.epsilon)
