// The `os` module: the process and file-system calls scripts reach for.
//
// A thin layer over POSIX. Failures raise OSError subclasses with errno and
// CPython's "[Errno N] strerror: 'path'" text (through raise_oserror).
// os.path is the frozen Python module posixpath, imported by os_init and
// bound as os.path (and sys.modules['os.path']) as CPython does; it builds
// on stat/lstat/getcwd here. kill and waitpid check for signals as CPython
// does (waitpid waits without the GIL). fork and pipes come with later work.
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <thread>
#include <type_traits>

#include "interp/eval_breaker.h"
#include "interp/gil.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

extern char** environ;

namespace gp {
namespace {

bool check_path(const char* fname, const char* argname, Value v) {
  if (is_str(v)) return true;
  raise(&Exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname,
        type_name(v));
  return false;
}

bool path_arg(const char* fname, const Value* args, size_t nargs, Value kwnames, Value* out) {
  if (!parse_args(fname, args, nargs, kwnames, {"path"}, 1, out)) return false;
  return check_path(fname, "path", *out);
}

const char* path_of(Value v) { return v.as<Str>()->data; }

// ---- stat ----

// os.stat_result: the first ten fields index like a tuple; the st_*
// attributes add float times.
Type StatResultType;

struct StatResult : Object {
  struct stat st;
};

enum StatField { kMode, kIno, kDev, kNlink, kUid, kGid, kSize, kAtime, kMtime, kCtime, kFields };

Ref stat_field(const struct stat& st, int i) {
  switch (i) {
    case kMode:
      return int_from_i64(st.st_mode);
    case kIno:
      return int_from_u64(st.st_ino);
    case kDev:
      return int_from_u64(st.st_dev);
    case kNlink:
      return int_from_u64(st.st_nlink);
    case kUid:
      return int_from_i64(st.st_uid);
    case kGid:
      return int_from_i64(st.st_gid);
    case kSize:
      return int_from_i64(st.st_size);
    case kAtime:
      return int_from_i64(st.st_atim.tv_sec);
    case kMtime:
      return int_from_i64(st.st_mtim.tv_sec);
    default:
      return int_from_i64(st.st_ctim.tv_sec);
  }
}

const struct stat& stat_of(Value v) { return v.as<StatResult>()->st; }

template <int Field>
Ref stat_get(Value v) {
  return stat_field(stat_of(v), Field);
}

template <int Field>
Ref stat_time(Value v) {
  const struct timespec& ts = Field == kAtime   ? stat_of(v).st_atim
                              : Field == kMtime ? stat_of(v).st_mtim
                                                : stat_of(v).st_ctim;
  return new_float(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

template <int Field>
Ref stat_time_ns(Value v) {
  const struct timespec& ts = Field == kAtime   ? stat_of(v).st_atim
                              : Field == kMtime ? stat_of(v).st_mtim
                                                : stat_of(v).st_ctim;
  return int_from_i64(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

const GetSetDef kStatGetSet[] = {
    {"st_mode", stat_get<kMode>, nullptr},
    {"st_ino", stat_get<kIno>, nullptr},
    {"st_dev", stat_get<kDev>, nullptr},
    {"st_nlink", stat_get<kNlink>, nullptr},
    {"st_uid", stat_get<kUid>, nullptr},
    {"st_gid", stat_get<kGid>, nullptr},
    {"st_size", stat_get<kSize>, nullptr},
    {"st_atime", stat_time<kAtime>, nullptr},
    {"st_mtime", stat_time<kMtime>, nullptr},
    {"st_ctime", stat_time<kCtime>, nullptr},
    {"st_atime_ns", stat_time_ns<kAtime>, nullptr},
    {"st_mtime_ns", stat_time_ns<kMtime>, nullptr},
    {"st_ctime_ns", stat_time_ns<kCtime>, nullptr},
    {nullptr, nullptr, nullptr},
};

Ref stat_tuple(Value v) {
  Ref fields[kFields];
  for (int i = 0; i < kFields; ++i) {
    fields[i] = stat_field(stat_of(v), i);
    if (!fields[i]) return nullptr;
  }
  Value items[kFields];
  for (int i = 0; i < kFields; ++i) items[i] = fields[i];
  return new_tuple_from(items, kFields);
}

Ref stat_getitem(Value v, Value key) {
  Ref t = stat_tuple(v);
  if (!t) return nullptr;
  return getitem(t, key);
}

ptrdiff_t stat_length(Value) { return kFields; }

Ref stat_repr(Value v) {
  const struct stat& st = stat_of(v);
  return str_printf(
      "os.stat_result(st_mode=%u, st_ino=%llu, st_dev=%llu, st_nlink=%llu, st_uid=%u, "
      "st_gid=%u, st_size=%lld, st_atime=%lld, st_mtime=%lld, st_ctime=%lld)",
      unsigned(st.st_mode), static_cast<unsigned long long>(st.st_ino),
      static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_nlink),
      unsigned(st.st_uid), unsigned(st.st_gid), static_cast<long long>(st.st_size),
      static_cast<long long>(st.st_atim.tv_sec), static_cast<long long>(st.st_mtim.tv_sec),
      static_cast<long long>(st.st_ctim.tv_sec));
}

TypeRegistrar stat_reg(&StatResultType, [](Type& t) {
  t.name = "os.stat_result";
  t.basicsize = sizeof(StatResult);
  t.dealloc = destroy_object<StatResult>;
  t.repr = stat_repr;
  t.getitem = stat_getitem;
  t.length = stat_length;
  t.getset = kStatGetSet;
});

Ref do_stat(const char* fname, const Value* args, size_t nargs, Value kwnames, bool follow) {
  Value path;
  if (!parse_args(fname, args, nargs, kwnames, {"path"}, 1, &path)) return nullptr;
  if (!is_str(path)) {
    return raise(&Exc_TypeError, "%s: path should be string, bytes%s, not %s", fname,
                 follow ? ", os.PathLike or integer" : " or os.PathLike", type_name(path));
  }
  auto* r = alloc_object<StatResult>(&StatResultType);
  if (!r) return nullptr;
  Ref obj = Ref::steal(Value(r));
  int rc = follow ? ::stat(path_of(path), &r->st) : ::lstat(path_of(path), &r->st);
  if (rc != 0) return raise_oserror(errno, path);
  return obj;
}

Ref os_stat(Value, const Value* args, size_t nargs, Value kwnames) {
  return do_stat("stat", args, nargs, kwnames, true);
}

Ref os_lstat(Value, const Value* args, size_t nargs, Value kwnames) {
  return do_stat("lstat", args, nargs, kwnames, false);
}

// ---- directories and names ----

Ref os_listdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path = Value();
  if (!parse_args("listdir", args, nargs, kwnames, {"path"}, 0, &path)) return nullptr;
  Ref dot;
  if (!path || is_none(path)) {
    dot = new_str(".");
    if (!dot) return nullptr;
    path = dot;
  }
  if (!check_path("listdir", "path", path)) return nullptr;
  DIR* dir = ::opendir(path_of(path));
  if (!dir) return raise_oserror(errno, path);
  Ref names = new_list();
  while (names) {
    errno = 0;
    struct dirent* e = ::readdir(dir);
    if (!e) break;
    std::string_view n = e->d_name;
    if (n == "." || n == "..") continue;
    Ref s = bytes_decode_text(n.data(), n.size(), "utf-8", "surrogateescape");
    if (!s || list_append(names, s) < 0) names.reset();
  }
  int err = errno;
  ::closedir(dir);
  if (names && err) return raise_oserror(err, path);
  return names;
}

int mode_arg(Value v, int deflt) {
  int64_t m = deflt;
  if (v && !int_as_i64(v, &m)) return -1;
  return int(m);
}

Ref os_mkdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("mkdir", args, nargs, kwnames, {"path", "mode"}, 1, a) ||
      !check_path("mkdir", "path", a[0]))
    return nullptr;
  int mode = mode_arg(a[1], 0777);
  if (mode < 0) return nullptr;
  if (::mkdir(path_of(a[0]), mode_t(mode)) != 0) return raise_oserror(errno, a[0]);
  return none_ref();
}

// os.makedirs(name, mode=0o777, exist_ok=False): each missing parent, then
// the leaf.
Ref os_makedirs(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("makedirs", args, nargs, kwnames, {"name", "mode", "exist_ok"}, 1, a) ||
      !check_path("makedirs", "path", a[0]))
    return nullptr;
  int mode = mode_arg(a[1], 0777);
  if (mode < 0) return nullptr;
  int exist_ok = a[2] ? truthy(a[2]) : 0;
  if (exist_ok < 0) return nullptr;
  std::string path(a[0].as<Str>()->view());
  for (size_t i = 1; i < path.size(); ++i) {
    if (path[i] != '/' || path[i - 1] == '/') continue;
    std::string parent = path.substr(0, i);
    if (::mkdir(parent.c_str(), mode_t(mode)) != 0 && errno != EEXIST) {
      Ref p = new_str(parent);
      return p ? raise_oserror(errno, p) : nullptr;
    }
  }
  if (::mkdir(path.c_str(), mode_t(mode)) != 0) {
    struct stat st;
    if (errno == EEXIST && exist_ok && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      return none_ref();
    return raise_oserror(errno, a[0]);
  }
  return none_ref();
}

Ref os_rmdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!path_arg("rmdir", args, nargs, kwnames, &path)) return nullptr;
  if (::rmdir(path_of(path)) != 0) return raise_oserror(errno, path);
  return none_ref();
}

Ref os_rename(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("rename", args, nargs, kwnames, {"src", "dst"}, 2, a) ||
      !check_path("rename", "src", a[0]) || !check_path("rename", "dst", a[1]))
    return nullptr;
  if (::rename(path_of(a[0]), path_of(a[1])) != 0) return raise_oserror(errno, a[0]);
  return none_ref();
}

Ref os_chdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!path_arg("chdir", args, nargs, kwnames, &path)) return nullptr;
  if (::chdir(path_of(path)) != 0) return raise_oserror(errno, path);
  return none_ref();
}

Ref os_fspath(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!parse_args("fspath", args, nargs, kwnames, {"path"}, 1, &path)) return nullptr;
  if (is_str(path) || is_bytes(path)) return Ref::dup(path);
  Ref m = getattr_opt(path, Value(intern("__fspath__")));
  if (!m) {
    if (err_occurred()) return nullptr;
    return raise(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(path));
  }
  return call0(m);
}

Ref os_urandom(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("urandom", kwnames) || !check_nargs("urandom", nargs, 1, 1)) return nullptr;
  ptrdiff_t n;
  if (!index_ssize(args[0], &n)) return nullptr;
  if (n < 0) return raise(&Exc_ValueError, "negative argument not allowed");
  Bytes* b = bytes_alloc(size_t(n));
  if (!b) return nullptr;
  Ref out = Ref::steal(Value(b));
  for (size_t done = 0; done < size_t(n);) {
    ssize_t got = ::getrandom(b->data + done, size_t(n) - done, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return raise_oserror(errno);
    }
    done += size_t(got);
  }
  return out;
}

Ref os_readlink(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!path_arg("readlink", args, nargs, kwnames, &path)) return nullptr;
  char buf[4096];
  ssize_t n = ::readlink(path_of(path), buf, sizeof buf);
  if (n < 0) return raise_oserror(errno, path);
  return bytes_decode_text(buf, size_t(n), "utf-8", "surrogateescape");
}

// putenv/unsetenv change the process environment only; as in CPython,
// os.environ is not updated.
Ref os_putenv(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("putenv", kwnames) || !check_nargs("putenv", nargs, 2, 2)) return nullptr;
  if (!is_str(args[0]) || !is_str(args[1]))
    return raise(&Exc_TypeError, "str expected, not %s",
                 type_name(is_str(args[0]) ? args[1] : args[0]));
  std::string_view k = args[0].as<Str>()->view();
  if (k.empty() || k.find('=') != std::string_view::npos)
    return raise(&Exc_ValueError, "illegal environment variable name");
  if (::setenv(path_of(args[0]), path_of(args[1]), 1) != 0) return raise_oserror(errno);
  return none_ref();
}

Ref os_unsetenv(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("unsetenv", kwnames) || !check_nargs("unsetenv", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) return raise(&Exc_TypeError, "str expected, not %s", type_name(args[0]));
  if (::unsetenv(path_of(args[0])) != 0) return raise_oserror(errno);
  return none_ref();
}

Ref os_remove(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!path_arg("remove", args, nargs, kwnames, &path)) return nullptr;
  if (::unlink(path_of(path)) != 0) return raise_oserror(errno, path);
  return none_ref();
}

Ref os_getpid(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getpid", kwnames) || !check_nargs("getpid", nargs, 0, 0)) return nullptr;
  return int_from_i64(::getpid());
}

Ref os_getppid(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getppid", kwnames) || !check_nargs("getppid", nargs, 0, 0)) return nullptr;
  return int_from_i64(::getppid());
}

Ref os_getcwd(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getcwd", kwnames) || !check_nargs("getcwd", nargs, 0, 0)) return nullptr;
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return raise_oserror(errno, Value());
  return new_str(buf);
}

Ref os_cpu_count(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("cpu_count", kwnames) || !check_nargs("cpu_count", nargs, 0, 0)) return nullptr;
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return none_ref();
  return int_from_i64(n);
}

// ---- processes ----

// A C int argument (pid, signal number, options, wait status).
bool c_int_arg(Value v, int* out) {
  ptrdiff_t n;
  if (!index_ssize(v, &n, &Exc_OverflowError)) return false;
  if (n < INT_MIN || n > INT_MAX) {
    raise(&Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(n);
  return true;
}

// kill() and waitpid() take two positional-only arguments.
bool two_args(const char* fname, size_t nargs, Value kwnames) {
  if (!no_kwargs(fname, kwnames)) return false;
  if (nargs == 2) return true;
  raise(&Exc_TypeError, "%s() takes exactly 2 arguments (%zu given)", fname, nargs);
  return false;
}

Ref os_kill(Value, const Value* args, size_t nargs, Value kwnames) {
  int pid, sig;
  if (!two_args("kill", nargs, kwnames) || !c_int_arg(args[0], &pid) || !c_int_arg(args[1], &sig)) {
    return nullptr;
  }
  if (::kill(pid, sig) != 0) return raise_oserror(errno);
  // A signal sent to this process has been delivered by now; its handler
  // runs before kill() returns, as in CPython.
  if (check_signals() < 0) return nullptr;
  return none_ref();
}

// Waits without the GIL; a signal whose handler returns resumes the wait
// (PEP 475), one whose handler raises ends it.
Ref os_waitpid(Value, const Value* args, size_t nargs, Value kwnames) {
  int pid, options;
  if (!two_args("waitpid", nargs, kwnames) || !c_int_arg(args[0], &pid) ||
      !c_int_arg(args[1], &options)) {
    return nullptr;
  }
  int status = 0;
  pid_t got;
  int err = blocking_call(Reclaim::AfterInterval, [&] {
    got = ::waitpid(pid, &status, options);
    return got < 0 ? errno : 0;
  });
  if (err < 0) return nullptr;
  if (err > 0) return raise_oserror(err);
  return new_tuple({Value::small(got), Value::small(status)});
}

// os.WIFEXITED and friends decode a wait status.
template <typename R, R (*Decode)(int)>
Ref wait_status_fn(const char* fname, const Value* args, size_t nargs, Value kwnames) {
  Value v;
  int status;
  if (!parse_args(fname, args, nargs, kwnames, {"status"}, 1, &v) || !c_int_arg(v, &status)) {
    return nullptr;
  }
  R r = Decode(status);
  if constexpr (std::is_same_v<R, bool>) {
    return bool_ref(r);
  } else {
    return int_from_i64(r);
  }
}

#define WAIT_STATUS_FN(NAME, R)                                           \
  R decode_##NAME(int status) { return NAME(status); }                    \
  Ref os_##NAME(Value, const Value* args, size_t nargs, Value kwnames) {  \
    return wait_status_fn<R, decode_##NAME>(#NAME, args, nargs, kwnames); \
  }
WAIT_STATUS_FN(WIFEXITED, bool)
WAIT_STATUS_FN(WEXITSTATUS, int)
WAIT_STATUS_FN(WIFSIGNALED, bool)
WAIT_STATUS_FN(WTERMSIG, int)
WAIT_STATUS_FN(WIFSTOPPED, bool)
WAIT_STATUS_FN(WSTOPSIG, int)
WAIT_STATUS_FN(WIFCONTINUED, bool)
WAIT_STATUS_FN(WCOREDUMP, bool)
#undef WAIT_STATUS_FN

// The exit code subprocess reports: the status of a normal exit, or minus
// the number of the signal that killed the process.
Ref os_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Value kwnames) {
  Value v;
  int status;
  if (!parse_args("waitstatus_to_exitcode", args, nargs, kwnames, {"status"}, 1, &v) ||
      !c_int_arg(v, &status)) {
    return nullptr;
  }
  if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
  if (WIFSTOPPED(status)) {
    return raise(&Exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
  }
  return raise(&Exc_ValueError, "invalid wait status: %d", status);
}

// os.environ, owned by the module's namespace (modules are never freed).
Value environ_dict;

// As in CPython, os.getenv reads os.environ, so assignments to it are seen.
Ref os_getenv(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("getenv", args, nargs, kwnames, {"key", "default"}, 1, a)) return nullptr;
  if (!is_str(a[0])) return raise(&Exc_TypeError, "str expected, not %s", type_name(a[0]));
  if (Value v = dict_get(environ_dict, a[0])) return Ref::dup(v);
  if (err_occurred()) return nullptr;
  return Ref::dup(a[1] ? a[1] : None());
}

int os_init(Value m) {
  static const struct {
    const char* name;
    NativeFn fn;
  } kFunctions[] = {
      {"remove", os_remove},
      {"unlink", os_remove},
      {"getpid", os_getpid},
      {"getppid", os_getppid},
      {"getcwd", os_getcwd},
      {"cpu_count", os_cpu_count},
      {"getenv", os_getenv},
      {"stat", os_stat},
      {"lstat", os_lstat},
      {"listdir", os_listdir},
      {"mkdir", os_mkdir},
      {"makedirs", os_makedirs},
      {"rmdir", os_rmdir},
      {"rename", os_rename},
      {"replace", os_rename},
      {"chdir", os_chdir},
      {"fspath", os_fspath},
      {"urandom", os_urandom},
      {"putenv", os_putenv},
      {"unsetenv", os_unsetenv},
      {"readlink", os_readlink},
      {"kill", os_kill},
      {"waitpid", os_waitpid},
      {"waitstatus_to_exitcode", os_waitstatus_to_exitcode},
      {"WIFEXITED", os_WIFEXITED},
      {"WEXITSTATUS", os_WEXITSTATUS},
      {"WIFSIGNALED", os_WIFSIGNALED},
      {"WTERMSIG", os_WTERMSIG},
      {"WIFSTOPPED", os_WIFSTOPPED},
      {"WSTOPSIG", os_WSTOPSIG},
      {"WIFCONTINUED", os_WIFCONTINUED},
      {"WCOREDUMP", os_WCOREDUMP},
  };
  for (const auto& f : kFunctions) {
    if (module_add_function(m, f.name, f.fn) < 0) return -1;
  }
  Ref env = new_dict();
  if (!env) return -1;
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Ref k = new_str(std::string_view(*e, size_t(eq - *e)));
    Ref v = new_str(eq + 1);
    if (!k || !v || dict_set(env, k, v) < 0) return -1;
  }
  static const struct {
    const char* name;
    const char* text;
  } kStrings[] = {{"name", "posix"}, {"sep", "/"},     {"altsep", nullptr},
                  {"extsep", "."},   {"pathsep", ":"}, {"linesep", "\n"},
                  {"curdir", "."},   {"pardir", ".."}, {"devnull", "/dev/null"}};
  for (const auto& c : kStrings) {
    Ref v = c.text ? new_str(c.text) : none_ref();
    if (!v || module_add_object(m, c.name, v) < 0) return -1;
  }
  environ_dict = env;
  if (module_add_object(m, "environ", env) < 0 ||
      module_add_object(m, "stat_result", Value(&StatResultType)) < 0) {
    return -1;
  }
  static const struct {
    const char* name;
    int value;
  } kInts[] = {{"F_OK", F_OK},           {"R_OK", R_OK},
               {"W_OK", W_OK},           {"X_OK", X_OK},
               {"SEEK_SET", SEEK_SET},   {"SEEK_CUR", SEEK_CUR},
               {"SEEK_END", SEEK_END},   {"WNOHANG", WNOHANG},
               {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED}};
  for (const auto& c : kInts) {
    if (module_add_object(m, c.name, Value::small(c.value)) < 0) return -1;
  }
  // os.path: posixpath imports os, which is this (already registered)
  // module, so the cycle resolves like CPython's.
  Ref path = import_module("posixpath");
  if (!path || module_add_object(m, "path", path) < 0) return -1;
  return dict_set_str(sys_modules(), "os.path", path);
}

const NativeModuleDef kOsModule = {"os", os_init};
NativeModuleRegistrar os_reg(&kOsModule);

}  // namespace
}  // namespace gp
