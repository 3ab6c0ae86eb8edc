import os
p = os.path
print(p.join("a", "b", "c.txt"), p.join("a/", "b"), p.join("/abs", "x"), p.join("a", "/root", "z"), p.join("a", ""))
print(p.basename("dir/sub/file.tar.gz"), p.basename("dir/"), p.dirname("dir/sub/file"), p.dirname("file"), p.dirname("/"))
print(p.splitext("archive.tar.gz"), p.splitext("noext"), p.splitext(".hidden"), p.splitext("dir.d/file"))
print(p.split("a/b/c"), p.split("c"), p.split("/"), p.normpath("a//b/./c/../d"), p.normpath(""))
print(p.isabs("/x"), p.isabs("x"), p.abspath("x/y") == p.join(os.getcwd(), "x", "y"), p.abspath(".") == os.getcwd())
print(p.exists("os_path.py"), p.exists("no_such_file.zz"), p.isfile("os_path.py"), p.isdir("."), p.isdir("os_path.py"))
print(p.relpath("a/b/c", "a"), p.commonprefix(["abcd", "abxy"]), p.expanduser("plain"), p.getsize("os_path.py") > 0)
