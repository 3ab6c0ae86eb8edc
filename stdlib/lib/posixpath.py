"""os.path for POSIX: pure path-name manipulation plus the stat-based tests.

Bound as os.path by the native os module. Names are str only (bytes paths
are not supported); the file-system queries go through os.stat/os.lstat,
and a failing stat simply makes exists/isfile/isdir False, as in CPython.
"""
import os

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000

__all__ = ["abspath", "basename", "commonprefix", "dirname", "exists", "expanduser",
           "getatime", "getctime", "getmtime", "getsize", "isabs", "isdir", "isfile",
           "islink", "join", "lexists", "normpath", "realpath", "relpath", "split",
           "splitdrive", "splitext"]


def _check(name, value):
    value = os.fspath(value)
    if not isinstance(value, str):
        raise TypeError(f"{name}() argument must be str, not {type(value).__name__}")
    return value


def isabs(s):
    return _check("isabs", s).startswith("/")


def _join_arg(value):
    if not isinstance(value, (str, bytes)) and not hasattr(value, "__fspath__"):
        raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                        f"not '{type(value).__name__}'")
    value = os.fspath(value)
    if not isinstance(value, str):
        raise TypeError("bytes paths are not supported")
    return value


def join(a, *p):
    path = _join_arg(a)
    for b in p:
        b = _join_arg(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _check("split", p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _check("splitext", p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _check("splitdrive", p)
    return p[:0], p


def basename(p):
    p = _check("basename", p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _check("dirname", p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _check("normpath", path)
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    # POSIX keeps exactly two leading slashes, folds three or more to one.
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _check("abspath", path)
    if not path.startswith("/"):
        path = join(os.getcwd(), path)
    return normpath(path)


def expanduser(path):
    path = _check("expanduser", path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = os.environ.get("HOME")
        if userhome is None:
            return path
    else:
        # ~user: look the name up in /etc/passwd (there is no pwd module).
        name = path[1:i]
        userhome = None
        try:
            with open("/etc/passwd") as f:
                for line in f:
                    fields = line.split(":")
                    if len(fields) > 5 and fields[0] == name:
                        userhome = fields[5]
                        break
        except OSError:
            pass
        if userhome is None:
            return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def _mode(path, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    path = _check("relpath", path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _check("relpath", start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, normalised, with symbolic links resolved."""
    path = abspath(_check("realpath", filename))
    resolved = "/"
    rest = [c for c in path.split("/") if c]
    seen = 0
    while rest:
        comp = rest.pop(0)
        candidate = join(resolved, comp)
        if islink(candidate):
            seen += 1
            if seen > 40:
                if strict:
                    raise OSError(40, "Too many levels of symbolic links", candidate)
                return join(candidate, *rest)
            target = os.readlink(candidate)
            if target.startswith("/"):
                resolved = "/"
            rest = [c for c in target.split("/") if c] + rest
            continue
        if comp == "..":
            resolved = dirname(resolved) or "/"
        elif comp != ".":
            if strict and not lexists(candidate):
                os.stat(candidate)
            resolved = candidate
    return resolved
