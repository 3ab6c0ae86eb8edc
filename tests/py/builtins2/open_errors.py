import os
try:
    open("_definitely_missing_file_xyz.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open("_x.txt", "q")
except ValueError as e:
    print("ValueError:", e)
fn = "_tmp_builtins2_err.txt"
with open(fn, "w") as f:
    f.write("x")
f = open(fn)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(fn, "r") as f:
    try:
        f.write("no")
    except Exception as e:
        print(type(e).__name__, e)
os.remove(fn)
print(issubclass(FileNotFoundError, OSError), IOError is OSError)
