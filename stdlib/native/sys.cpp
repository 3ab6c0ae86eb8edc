// The `sys` module.
//
// Built once at start-up from RuntimeConfig (argv, path, -X options, -u).
// sys.modules is the import system's own dict; sys.stdout and friends are
// file objects over fds 0-2 whose buffering follows CPython: stdout is
// line-buffered on a terminal and block-buffered otherwise, stderr is
// line-buffered, and -u makes both unbuffered.
#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstdlib>
#include <string>

#include "interp/gil.h"
#include "interp/gil_stats.h"
#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/file.h"
#include "runtime/float.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

#ifdef __clang__
#define GP_COMPILER "[Clang " __clang_version__ "]"
#else
#define GP_COMPILER "[GCC " __VERSION__ "]"
#endif

#define GP_STR2(x) #x
#define GP_STR(x) GP_STR2(x)
// Like CPython 3.13t, the free-threaded build says so after the version.
#if GILPY_FREE_THREADED
#define GP_BUILD_KIND " free-threading build"
#else
#define GP_BUILD_KIND ""
#endif
constexpr const char* kVersion =
    GP_STR(GILPY_PY_MAJOR) "." GP_STR(GILPY_PY_MINOR) "." GP_STR(GILPY_PY_MICRO) GP_BUILD_KIND
    " (gilpy " GILPY_VERSION ") " GP_COMPILER;

Ref sys_exit(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("exit", kwnames) || !check_nargs("exit", nargs, 0, 1)) return nullptr;
  // The status becomes the exception's args as CPython's PyErr_SetObject
  // makes them: None gives (), a tuple is spread, anything else is one arg.
  if (nargs == 1 && is_tuple(args[0])) return raise_with_args(&Exc_SystemExit, args[0]);
  Ref t = new_tuple_from(args, nargs == 1 && is_none(args[0]) ? 0 : nargs);
  if (!t) return nullptr;
  return raise_with_args(&Exc_SystemExit, t);
}

Ref sys_getrecursionlimit(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getrecursionlimit", kwnames) || !check_nargs("getrecursionlimit", nargs, 0, 0)) {
    return nullptr;
  }
  return Ref::small(tstate()->recursion_limit);
}

Ref sys_setrecursionlimit(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("setrecursionlimit", kwnames) || !check_nargs("setrecursionlimit", nargs, 1, 1)) {
    return nullptr;
  }
  if (!is_int(args[0])) {
    return raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(args[0]));
  }
  int64_t n;
  if (!int_as_i64(args[0], &n)) return nullptr;
  if (n < 1 || n > INT_MAX)
    return raise(&Exc_ValueError, "recursion limit must be greater or equal than 1");
  tstate()->recursion_limit = int(n);
  return none_ref();
}

Ref sys_getsizeof(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("getsizeof", args, nargs, kwnames, {"object", "default"}, 1, a, 2))
    return nullptr;
  Type* t = type_of(a[0]);
  size_t size = t->basicsize ? t->basicsize : sizeof(Object);
  if (t->itemsize) {
    ptrdiff_t n = t->length ? t->length(a[0]) : 0;
    if (n < 0) {
      err_clear();
      n = 0;
    }
    size += size_t(n) * t->itemsize;
  }
  return int_from_u64(size);
}

Ref sys_intern(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("intern", kwnames) || !check_nargs("intern", nargs, 1, 1)) return nullptr;
  if (!is_exact_str(args[0])) {
    return raise(&Exc_TypeError, "intern() argument must be str, not %s", type_name(args[0]));
  }
  return Ref::dup(Value(intern(args[0].as<Str>()->view())));
}

// The value being handled by the innermost `except` block, or None.
Value handled_exception() {
  const Ref& h = tstate()->handled_exception;
  return h && !is_none(h) ? Value(h) : None();
}

Ref sys_exc_info(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("exc_info", kwnames) || !check_nargs("exc_info", nargs, 0, 0)) return nullptr;
  Value e = handled_exception();
  if (is_none(e)) return new_tuple({None(), None(), None()});
  Ref tb = getattr(e, "__traceback__");
  if (!tb) return nullptr;
  return new_tuple({Value(type_of(e)), e, tb});
}

Ref sys_exception(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("exception", kwnames) || !check_nargs("exception", nargs, 0, 0)) return nullptr;
  return Ref::dup(handled_exception());
}

Ref sys_displayhook(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("displayhook", kwnames) || !check_nargs("displayhook", nargs, 1, 1)) {
    return nullptr;
  }
  if (is_none(args[0])) return none_ref();
  if (dict_set_str(builtins_dict(), "_", None()) < 0) return nullptr;
  Ref text = repr(args[0]);
  if (!text) return nullptr;
  Value out = sys_get("stdout");
  if (!out || is_none(out)) return raise(&Exc_RuntimeError, "lost sys.stdout");
  std::string line(text.as<Str>()->view());
  line += '\n';
  if (is_file(out)) {
    if (file_write(out, line) < 0) return nullptr;
  } else {
    Ref s = new_str(line);
    Value sv = s;
    if (!s || !call_method(out, "write", &sv, 1)) return nullptr;
  }
  if (dict_set_str(builtins_dict(), "_", args[0]) < 0) return nullptr;
  return none_ref();
}

Ref sys_getdefaultencoding(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getdefaultencoding", kwnames) ||
      !check_nargs("getdefaultencoding", nargs, 0, 0)) {
    return nullptr;
  }
  return new_str("utf-8");
}

Ref sys_is_gil_enabled(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("_is_gil_enabled", kwnames) || !check_nargs("_is_gil_enabled", nargs, 0, 0)) {
    return nullptr;
  }
  return bool_ref(gil_enabled());
}

Ref sys_getswitchinterval(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("getswitchinterval", kwnames) || !check_nargs("getswitchinterval", nargs, 0, 0)) {
    return nullptr;
  }
  return new_float(gil_switch_interval());
}

Ref sys_setswitchinterval(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("setswitchinterval", kwnames) || !check_nargs("setswitchinterval", nargs, 1, 1)) {
    return nullptr;
  }
  double seconds;
  if (!to_double(args[0], &seconds)) return nullptr;
  if (!(seconds > 0)) return raise(&Exc_ValueError, "switch interval must be strictly positive");
  gil_set_switch_interval(seconds);
  return none_ref();
}

Ref sys_gil_stats(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("_gil_stats", kwnames) || !check_nargs("_gil_stats", nargs, 0, 0)) return nullptr;
  return gil_stats_dict();
}

// sys.excepthook(type, value, traceback): the default printer of uncaught
// exceptions, which threading.excepthook also uses for its traceback.
Ref sys_excepthook(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("excepthook", kwnames)) return nullptr;
  if (nargs != 3) return raise(&Exc_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
  if (!is_exception(args[1])) {
    return raise(&Exc_TypeError, "print_exception(): Exception expected for value, %s found",
                 type_of(args[1])->name);
  }
  if (!is_none(args[2]) && setattr(args[1], Value(intern("__traceback__")), args[2]) < 0) {
    return nullptr;
  }
  print_exception(args[1]);
  return none_ref();
}

Ref sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("get_int_max_str_digits", kwnames) ||
      !check_nargs("get_int_max_str_digits", nargs, 0, 0)) {
    return nullptr;
  }
  return Ref::small(get_int_max_str_digits());
}

Ref sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Value kwnames) {
  Value maxdigits;
  if (!parse_args("set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, 1, &maxdigits)) {
    return nullptr;
  }
  int64_t n;
  if (!int_as_i64(maxdigits, &n) || !set_int_max_str_digits(n)) return nullptr;
  return none_ref();
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"displayhook", sys_displayhook},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {"_is_gil_enabled", sys_is_gil_enabled},
    {"getswitchinterval", sys_getswitchinterval},
    {"setswitchinterval", sys_setswitchinterval},
    {"_gil_stats", sys_gil_stats},
    {"excepthook", sys_excepthook},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {nullptr, nullptr},
};

Ref str_list(const std::vector<std::string>& items) {
  Ref l = new_list(items.size());
  if (!l) return nullptr;
  for (const std::string& s : items) {
    Ref v = new_str(s);
    if (!v || list_append(l, v) < 0) return nullptr;
  }
  return l;
}

// A namespace object for sys.implementation and sys.flags: a module holding
// the attributes, which is all scripts read from them.
Ref make_namespace(const char* name) { return new_module(name); }

int add(Value m, const char* name, Ref v) {
  if (!v) return -1;
  return module_add_object(m, name, v);
}

int sys_init(Value m) {
  const RuntimeConfig& cfg = runtime_config;
  for (const MethodDef* def = kSysFunctions; def->name; ++def) {
    if (module_add_function(m, def->name, def->fn) < 0) return -1;
  }
  if (add(m, "argv", str_list(cfg.argv)) < 0) return -1;
  std::vector<std::string> path{cfg.path0};
  if (const char* extra = std::getenv("GILPYPATH"); extra && *extra) {
    std::string_view rest(extra);
    while (!rest.empty()) {
      size_t colon = rest.find(':');
      std::string_view entry = rest.substr(0, colon);
      if (!entry.empty()) path.emplace_back(entry);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (add(m, "path", str_list(path)) < 0) return -1;
  if (module_add_object(m, "modules", sys_modules()) < 0) return -1;
  if (add(m, "version", new_str(kVersion)) < 0) return -1;
  Ref final_str = new_str("final");
  if (!final_str) return -1;
  Type* version_info_type =
      struct_seq_type("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  if (!version_info_type) return -1;
  Ref version_info =
      struct_seq_new(version_info_type, {Value::small(GILPY_PY_MAJOR), Value::small(GILPY_PY_MINOR),
                                         Value::small(GILPY_PY_MICRO), final_str, Value::small(0)});
  if (!version_info || module_add_object(m, "version_info", version_info) < 0) return -1;
  Type* float_info_type = struct_seq_type(
      "sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                         "mant_dig", "epsilon", "radix", "rounds"});
  if (!float_info_type) return -1;
  Ref fmax = new_float(DBL_MAX), fmin = new_float(DBL_MIN), eps = new_float(DBL_EPSILON);
  if (!fmax || !fmin || !eps) return -1;
  Ref float_info = struct_seq_new(
      float_info_type,
      {fmax, Value::small(DBL_MAX_EXP), Value::small(DBL_MAX_10_EXP), fmin,
       Value::small(DBL_MIN_EXP), Value::small(DBL_MIN_10_EXP), Value::small(DBL_DIG),
       Value::small(DBL_MANT_DIG), eps, Value::small(FLT_RADIX), Value::small(1)});
  if (!float_info || module_add_object(m, "float_info", float_info) < 0) return -1;
  if (add(m, "hexversion",
          int_from_i64((GILPY_PY_MAJOR << 24) | (GILPY_PY_MINOR << 16) | (GILPY_PY_MICRO << 8) |
                       0xf0)) < 0) {
    return -1;
  }
  Ref impl = make_namespace("sys.implementation");
  if (!impl || add(impl, "name", new_str("gilpy")) < 0 ||
      module_add_object(impl, "version", version_info) < 0 ||
      add(impl, "cache_tag", none_ref()) < 0 || module_add_object(m, "implementation", impl) < 0) {
    return -1;
  }
  Ref flags = make_namespace("sys.flags");
  if (!flags) return -1;
  for (const char* f :
       {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "safe_path", "int_max_str_digits"}) {
    if (module_add_object(flags, f, Value::small(0)) < 0) return -1;
  }
  if (module_add_object(m, "flags", flags) < 0) return -1;
  if (add(m, "platform", new_str("linux")) < 0 || add(m, "byteorder", new_str("little")) < 0 ||
      add(m, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
      add(m, "maxunicode", Ref::small(0x10FFFF)) < 0 ||
      add(m, "executable", new_str(cfg.executable)) < 0 ||
      add(m, "builtin_module_names", native_module_names()) < 0 ||
      add(m, "dont_write_bytecode", bool_ref(true)) < 0 || add(m, "warnoptions", new_list()) < 0 ||
      add(m, "prefix", new_str("")) < 0 || add(m, "exec_prefix", new_str("")) < 0) {
    return -1;
  }
  Ref xoptions = new_dict();
  if (!xoptions) return -1;
  for (const std::string& x : cfg.xoptions) {
    size_t eq = x.find('=');
    Ref v = eq == std::string::npos ? bool_ref(true) : new_str(x.substr(eq + 1));
    if (!v || dict_set_str(xoptions, x.substr(0, eq), v) < 0) return -1;
  }
  if (module_add_object(m, "_xoptions", xoptions) < 0) return -1;

  FileBuffering out_mode = cfg.unbuffered ? FileBuffering::Unbuffered
                           : isatty(1)    ? FileBuffering::Line
                                          : FileBuffering::Block;
  FileBuffering err_mode = cfg.unbuffered ? FileBuffering::Unbuffered : FileBuffering::Line;
  Ref in = new_std_file(0, "<stdin>", "r", FileBuffering::Block);
  Ref out = new_std_file(1, "<stdout>", "w", out_mode);
  Ref err = new_std_file(2, "<stderr>", "w", err_mode);
  if (!in || !out || !err) return -1;
  for (auto [name, f] : {std::pair<const char*, Value>{"stdin", in},
                         {"stdout", out},
                         {"stderr", err},
                         {"__stdin__", in},
                         {"__stdout__", out},
                         {"__stderr__", err}}) {
    if (module_add_object(m, name, f) < 0) return -1;
  }
  Value hook = dict_get_cstr(module_dict(m), "displayhook");
  if (module_add_object(m, "__displayhook__", hook) < 0) return -1;
  return module_add_object(m, "__excepthook__", dict_get_cstr(module_dict(m), "excepthook"));
}

const NativeModuleDef kSysModule{"sys", sys_init};
NativeModuleRegistrar sys_registrar(&kSysModule);

}  // namespace
}  // namespace gp
