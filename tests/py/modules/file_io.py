path = "_file_io_tmp.txt"
with open(path, "w") as f:
    n = f.write("alpha\nbeta\ngamma\n")
print(n)
with open(path) as f:
    print(f.readline(), end="")
    print(f.read())
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "a") as f:
    f.write("delta\n")
with open(path) as f:
    print(f.readlines())
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
import os
os.remove(path)
