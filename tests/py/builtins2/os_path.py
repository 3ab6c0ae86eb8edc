import os, os.path
import posixpath
print(os.path is posixpath, os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.split("/a/b/c.txt"), os.path.split("c"), os.path.split("/"), os.path.split("//a//b"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x..."))
print(os.path.basename("/x/y/"), os.path.dirname("/x/y/z"), os.path.dirname("z"), os.path.dirname("///a"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../a"), os.path.normpath(""), os.path.normpath("//x"), os.path.normpath("../../a/.."))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["abc", "abd"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("x~"))
name = "_tmp_ospath_dir"
os.makedirs(name + "/sub/deeper", exist_ok=True)
os.makedirs(name + "/sub", exist_ok=True)
try:
    os.makedirs(name + "/sub")
except FileExistsError as e:
    print("exists:", e.errno, e.filename)
with open(name + "/sub/f.txt", "w") as f:
    f.write("12345")
print(os.path.exists(name), os.path.isdir(name), os.path.isfile(name), os.path.isfile(name + "/sub/f.txt"), os.path.getsize(name + "/sub/f.txt"))
print(sorted(os.listdir(name + "/sub")), os.path.exists(name + "/nope"), os.path.islink(name))
st = os.stat(name + "/sub/f.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, st.st_mode & 0o170000 == 0o100000)
os.rename(name + "/sub/f.txt", name + "/g.txt")
print(sorted(os.listdir(name)))
os.remove(name + "/g.txt")
os.rmdir(name + "/sub/deeper")
os.rmdir(name + "/sub")
os.rmdir(name)
print(os.path.exists(name), os.path.realpath(".") == os.getcwd())
for bad in (lambda: os.stat("_missing_"), lambda: os.listdir("_missing_"), lambda: os.rmdir("_missing_"), lambda: os.path.join("a", 1), lambda: os.stat(5.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.extsep, os.devnull, type(os.getpid()).__name__, os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.getenv("NOPE_X", "d"), os.fspath("p"))
os.putenv("GP_TEST_VAR", "1")
os.chdir("..")
print(os.path.basename(os.getcwd()))
