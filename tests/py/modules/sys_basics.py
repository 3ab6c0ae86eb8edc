import sys
print(type(sys.argv), len(sys.argv), sys.argv[0])
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), type(sys.version))
print(sys.maxsize, sys.byteorder, sys.platform)
print(type(sys.path), sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print("sys" in sys.modules, sys.modules["sys"] is sys)
