with open("_with_tmp.txt", "w") as f:
    f.write("line one\n")
    f.write("line two\n")
print(f.closed)
with open("_with_tmp.txt") as f:
    print(f.read())
with open("_with_tmp.txt") as a, open("_with_tmp.txt") as b:
    print(a.readline().strip(), b.readlines())
try:
    with open("_with_tmp.txt") as f:
        raise ValueError("inside with")
except ValueError as e:
    print(e, f.closed)
import os
os.remove("_with_tmp.txt")
