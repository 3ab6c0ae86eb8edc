// The `os` module: the process and file-system calls scripts reach for.
//
// A thin layer over POSIX. Failures raise OSError subclasses with errno and
// CPython's "[Errno N] strerror: 'path'" text (through raise_os_error).
// os.path, fork and pipes come with later work.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

extern char** environ;

namespace gp {
namespace {

bool path_arg(const char* fname, const Value* args, size_t nargs, Value kwnames, Value* out) {
  if (!parse_args(fname, args, nargs, kwnames, {"path"}, 1, out)) return false;
  if (!is_str(*out)) {
    raise(&Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
          type_name(*out));
    return false;
  }
  return true;
}

Ref os_remove(Value, const Value* args, size_t nargs, Value kwnames) {
  Value path;
  if (!path_arg("remove", args, nargs, kwnames, &path)) return nullptr;
  if (::unlink(path.as<Str>()->data) != 0) return raise_oserror(errno, path);
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

Ref os_getenv(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("getenv", args, nargs, kwnames, {"key", "default"}, 1, a)) return nullptr;
  if (!is_str(a[0])) return raise(&Exc_TypeError, "str expected, not %s", type_name(a[0]));
  const char* v = ::getenv(a[0].as<Str>()->data);
  if (v) return new_str(v);
  return Ref::dup(a[1] ? a[1] : None());
}

int os_init(Value m) {
  static const struct {
    const char* name;
    NativeFn fn;
  } kFunctions[] = {{"remove", os_remove},   {"unlink", os_remove}, {"getpid", os_getpid},
                    {"getppid", os_getppid}, {"getcwd", os_getcwd}, {"cpu_count", os_cpu_count},
                    {"getenv", os_getenv}};
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
  Ref name = new_str("posix"), sep = new_str("/"), linesep = new_str("\n");
  if (!name || !sep || !linesep) return -1;
  if (module_add_object(m, "environ", env) < 0 || module_add_object(m, "name", name) < 0 ||
      module_add_object(m, "sep", sep) < 0 || module_add_object(m, "linesep", linesep) < 0) {
    return -1;
  }
  return 0;
}

const NativeModuleDef kOsModule = {"os", os_init};
NativeModuleRegistrar os_reg(&kOsModule);

}  // namespace
}  // namespace gp
