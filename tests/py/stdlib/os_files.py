import os
d = "_tmp_stdlib_os_dir"
os.mkdir(d)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)), os.path.isdir(d))
os.rename(os.path.join(d, "c.log"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.remove("_tmp_nope_zz")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
