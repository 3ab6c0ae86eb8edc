// The import system: `import a.b.c`, `from . import x`, __import__.
//
// A module name resolves in this order: sys.modules (the cache, which also
// gives circular imports the partially initialised module), the native
// table (stdlib/native), the frozen table (stdlib/lib compiled into the
// binary), then `.py` files and packages along sys.path (a submodule
// searches its parent's __path__ instead). A module is entered in
// sys.modules before its body runs and removed again if the body raises.
// There are no finders, loaders or specs: the interpreter ships its whole
// standard library, so the machinery CPython needs for extensibility would
// only cost start-up time.
#include "runtime/import.h"

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "interp/compiler.h"
#include "interp/eval.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/frozen.h"
#include "runtime/import_lock.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

// Owned for the life of the process (never released: no exit-time decref
// after the runtime is gone).
static Value g_modules;
static Value g_builtins;

Value sys_modules() { return g_modules; }
Value builtins_dict() { return module_dict(g_builtins); }

int import_init(Value builtins_module) {
  Ref modules = new_dict();
  if (!modules) return -1;
  g_modules = modules.release();
  g_builtins = Ref::dup(builtins_module).release();
  return dict_set_str(g_modules, "builtins", builtins_module);
}

static const FrozenModule* find_frozen(std::string_view name) {
  for (size_t i = 0; i < kFrozenModulesCount; ++i) {
    if (name == kFrozenModules[i].name) return &kFrozenModules[i];
  }
  return nullptr;
}

bool is_frozen_module(std::string_view name) { return find_frozen(name) != nullptr; }

static bool read_file(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out->clear();
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

static bool is_regular_file(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

// Raises ImportError or a subclass with its `name` (and `path`) attributes.
static std::nullptr_t raise_import_error(Type* t, std::string_view msg, std::string_view name,
                                         Value path = Value()) {
  Ref m = new_str(msg);
  if (!m) return nullptr;
  Ref args = new_tuple({m});
  if (!args) return nullptr;
  Ref exc = new_exception(t, args);
  if (!exc) return nullptr;
  Ref n = new_str(name);
  if (!n || setattr(exc, Value(intern("name")), n) < 0) return nullptr;
  if (path && setattr(exc, Value(intern("path")), path) < 0) return nullptr;
  err_restore(std::move(exc));
  return nullptr;
}

static std::nullptr_t raise_not_found(std::string_view name, std::string_view msg) {
  return raise_import_error(&Exc_ModuleNotFoundError, msg, name);
}

static std::nullptr_t raise_no_module(std::string_view name) {
  return raise_not_found(name, "No module named '" + std::string(name) + "'");
}

static std::string cwd() {
  char buf[4096];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

// Searches the str entries of `path_list` for name's last component.
static bool search_path(Value path_list, std::string_view name, ModuleSource* out) {
  std::string_view last = name.substr(name.rfind('.') + 1);
  Ref items = list_from_iterable(path_list);
  if (!items) return false;
  List* l = items.as<List>();
  for (size_t i = 0; i < l->size; ++i) {
    if (!is_str(l->items[i])) continue;
    std::string dir(l->items[i].as<Str>()->view());
    if (dir.empty()) dir = cwd();
    std::string base = dir + "/" + std::string(last);
    std::string init = base + "/__init__.py";
    if (is_regular_file(init) && read_file(init, &out->source)) {
      out->filename = init;
      out->dir = base;
      out->is_package = true;
      return true;
    }
    std::string file = base + ".py";
    if (is_regular_file(file) && read_file(file, &out->source)) {
      out->filename = file;
      return true;
    }
  }
  return false;
}

Value sys_get(std::string_view name) {
  Value sys = g_modules ? dict_get_cstr(g_modules, "sys") : Value();
  return sys ? dict_get_cstr(module_dict(sys), name) : Value();
}

static Value sys_path() { return sys_get("path"); }

static Ref import_dotted(std::string_view name);

// The list of directories a module `name` is searched in: sys.path for a
// top-level module, the parent's __path__ for a submodule (importing the
// parent first). Null with an error set when the parent is missing or not
// a package.
static Ref search_locations(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) {
    Value p = sys_path();
    return p ? Ref::dup(p) : new_list();
  }
  std::string_view parent_name = name.substr(0, dot);
  Ref parent = import_dotted(parent_name);
  if (!parent) return nullptr;
  Ref path = getattr_opt(parent, Value(intern("__path__")));
  if (!path && !err_occurred()) {
    raise_not_found(name, "No module named '" + std::string(name) + "'; '" +
                              std::string(parent_name) + "' is not a package");
  }
  return path;
}

bool find_module_source(std::string_view name, ModuleSource* out) {
  if (const FrozenModule* fm = find_frozen(name)) {
    out->source = fm->source;
    out->filename = "<frozen " + std::string(name) + ">";
    out->is_package = fm->is_package;
    out->frozen = true;
    return true;
  }
  Ref where = search_locations(name);
  if (!where) return false;
  if (search_path(where, name, out)) return true;
  if (!err_occurred()) raise_no_module(name);
  return false;
}

Ref exec_in_module(Value m, std::string_view source, std::string_view filename) {
  Value d = module_dict(m);
  if (!dict_get_cstr(d, "__builtins__") && dict_set_str(d, "__builtins__", g_builtins) < 0) {
    return nullptr;
  }
  Ref code = compile_source(source, filename, grammar::Mode::Exec);
  if (!code) return nullptr;
  return eval_code(code, d, d);
}

static std::string_view parent_of(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(0, dot);
}

// Creates module `name`, enters it in sys.modules, and runs its source.
static Ref load_source_module(std::string_view name, const ModuleSource& src) {
  Ref m = new_module(name);
  if (!m) return nullptr;
  Value d = module_dict(m);
  if (!src.frozen) {
    Ref file = new_str(src.filename);
    if (!file || dict_set_str(d, "__file__", file) < 0) return nullptr;
  }
  Ref package = new_str(src.is_package ? name : parent_of(name));
  if (!package || dict_set_str(d, "__package__", package) < 0) return nullptr;
  if (src.is_package) {
    Ref path = new_list();
    if (!path) return nullptr;
    if (!src.frozen) {
      Ref dir = new_str(src.dir);
      if (!dir || list_append(path, dir) < 0) return nullptr;
    }
    if (dict_set_str(d, "__path__", path) < 0) return nullptr;
  }
  Ref key = new_str(name);
  if (!key || dict_set(g_modules, key, m) < 0) return nullptr;
  bool ok;
  {
    ModuleInitializing guard(m);
    ok = bool(exec_in_module(m, src.source, src.filename));
  }
  if (!ok) {
    Ref exc = err_fetch();
    if (dict_get(g_modules, key)) dict_del(g_modules, key);
    err_restore(std::move(exc));
    return nullptr;
  }
  // The body may have replaced its own sys.modules entry.
  Value final_mod = dict_get(g_modules, key);
  return final_mod ? Ref::dup(final_mod) : std::move(m);
}

static Ref load_native_module(std::string_view name, const NativeModuleDef* def) {
  Ref m = new_module(name);
  if (!m) return nullptr;
  Ref key = new_str(name);
  if (!key || dict_set(g_modules, key, m) < 0) return nullptr;
  if (def->init(m) < 0) {
    Ref exc = err_fetch();
    if (dict_get(g_modules, key)) dict_del(g_modules, key);
    err_restore(std::move(exc));
    return nullptr;
  }
  return m;
}

// Loads a module that is not in sys.modules yet and binds it as an
// attribute of its parent package.
static Ref find_and_load(std::string_view name) {
  // Importing the parent may import us too (os binds os.path), even when
  // the parent is not a package.
  if (std::string_view parent = parent_of(name); !parent.empty()) {
    if (!import_dotted(parent)) return nullptr;
    if (Value done = dict_get_cstr(g_modules, name)) return Ref::dup(done);
  }
  Ref m;
  if (const NativeModuleDef* def = find_native_module(name)) {
    m = load_native_module(name, def);
  } else {
    ModuleSource src;
    if (!find_module_source(name, &src)) return nullptr;
    // Importing the parent package may have imported us already.
    if (Value done = dict_get_cstr(g_modules, name)) return Ref::dup(done);
    m = load_source_module(name, src);
  }
  if (!m) return nullptr;
  std::string_view parent = parent_of(name);
  if (!parent.empty()) {
    if (Value p = dict_get_cstr(g_modules, parent)) {
      Ref child = new_str(name.substr(parent.size() + 1));
      if (!child || setattr(p, child, m) < 0) return nullptr;
    }
  }
  return m;
}

static Ref import_dotted(std::string_view name) {
  if (Value found = dict_get_cstr(g_modules, name)) {
    if (is_none(found)) {
      return raise_not_found(name,
                             "import of " + std::string(name) + " halted; None in sys.modules");
    }
    Ref m = Ref::dup(found);
    // Another thread may be running its body; the entry may change meanwhile.
    wait_for_module_init(m);
    return m;
  }
  if (err_occurred()) return nullptr;
  return find_and_load(name);
}

Ref import_module(std::string_view name) { return import_dotted(name); }

// The absolute name of a relative import, from the importing module's
// __package__ (or __name__ and __path__ when __package__ is unset).
static bool resolve_relative(std::string_view name, Value globals, int level, std::string* out) {
  Value package = globals ? dict_get_cstr(globals, "__package__") : Value();
  std::string pkg;
  if (package && is_str(package)) {
    pkg = package.as<Str>()->view();
  } else if (globals) {
    Value modname = dict_get_cstr(globals, "__name__");
    if (modname && is_str(modname)) {
      pkg = modname.as<Str>()->view();
      if (!dict_get_cstr(globals, "__path__")) pkg = std::string(parent_of(pkg));
    }
  }
  if (pkg.empty()) {
    raise(&Exc_ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int i = 1; i < level; ++i) {
    size_t dot = pkg.rfind('.');
    if (dot == std::string::npos) {
      raise(&Exc_ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    pkg.resize(dot);
  }
  *out = name.empty() ? pkg : pkg + "." + std::string(name);
  return true;
}

// `from package import a, b`: imports the submodules that are not already
// attributes; a missing submodule is left for IMPORT_FROM to report.
static bool handle_fromlist(Value module, std::string_view modname, Value fromlist,
                            bool recursive) {
  Ref items = list_from_iterable(fromlist);
  if (!items) return false;
  List* l = items.as<List>();
  for (size_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    if (!is_str(x)) {
      return raise(&Exc_TypeError, "Item in %s.__all__ must be str, not %s",
                   std::string(modname).c_str(), type_name(x)),
             false;
    }
    std::string_view attr = x.as<Str>()->view();
    if (attr == "*") {
      if (recursive) continue;
      Ref all = getattr_opt(module, Value(intern("__all__")));
      if (!all) {
        if (err_occurred()) return false;
        continue;
      }
      if (!handle_fromlist(module, modname, all, true)) return false;
      continue;
    }
    int has = hasattr(module, x);
    if (has < 0) return false;
    if (has) continue;
    std::string sub = std::string(modname) + "." + std::string(attr);
    if (!import_dotted(sub)) {
      if (!err_matches(&Exc_ModuleNotFoundError)) return false;
      Ref exc = err_fetch();
      Ref n = getattr_opt(exc, Value(intern("name")));
      if (!n || !is_str(n) || n.as<Str>()->view() != sub) {
        err_restore(std::move(exc));
        return false;
      }
    }
  }
  return true;
}

Ref import_name(Value name, Value globals, Value fromlist, int level) {
  if (!is_str(name))
    return raise(&Exc_TypeError, "module name must be str, not %s", type_name(name));
  std::string_view n = name.as<Str>()->view();
  bool has_fromlist = fromlist && !is_none(fromlist);
  if (has_fromlist) {
    int t = truthy(fromlist);
    if (t < 0) return nullptr;
    has_fromlist = t;
  }
  if (level == 0 && !has_fromlist && n.find('.') == std::string_view::npos) {
    if (Value found = dict_get_str(g_modules, name.as<Str>()); found && !is_none(found)) {
      Ref m = Ref::dup(found);
      wait_for_module_init(m);
      return m;
    }
  }
  if (level < 0) return raise(&Exc_ValueError, "level must be >= 0");
  std::string absname;
  if (level > 0) {
    if (!resolve_relative(n, globals, level, &absname)) return nullptr;
  } else {
    if (n.empty()) return raise(&Exc_ValueError, "Empty module name");
    absname = n;
  }
  Ref module = import_dotted(absname);
  if (!module) return nullptr;
  if (has_fromlist) {
    Ref path = getattr_opt(module, Value(intern("__path__")));
    if (path && !handle_fromlist(module, absname, fromlist, false)) return nullptr;
    if (!path && err_occurred()) return nullptr;
    return module;
  }
  if (level == 0) {
    size_t dot = n.find('.');
    if (dot == std::string_view::npos) return module;
    return import_dotted(n.substr(0, dot));
  }
  if (n.empty()) return module;
  // `from .a.b import` without fromlist is never generated; `import .a` is
  // invalid syntax, so the remaining case returns the first component.
  size_t cut = n.size() - n.substr(0, n.find('.')).size();
  return import_dotted(std::string_view(absname).substr(0, absname.size() - cut));
}

Ref run_module_as_main(std::string_view name, std::string* argv0) {
  std::string modname(name);
  ModuleSource src;
  if (find_native_module(modname)) {
    return raise(&Exc_ImportError, "No code object available for %s", modname.c_str());
  }
  if (!find_module_source(modname, &src)) return nullptr;
  if (src.is_package) {
    modname += ".__main__";
    src = ModuleSource();
    if (!find_module_source(modname, &src)) return nullptr;
  }
  Value main = dict_get_cstr(g_modules, "__main__");
  if (!main) return raise(&Exc_RuntimeError, "__main__ module is missing");
  Value d = module_dict(main);
  Ref file = new_str(src.filename);
  Ref package = new_str(parent_of(modname));
  if (!file || !package) return nullptr;
  if (!src.frozen && dict_set_str(d, "__file__", file) < 0) return nullptr;
  if (dict_set_str(d, "__package__", package) < 0) return nullptr;
  *argv0 = src.filename;
  return exec_in_module(main, src.source, src.filename);
}

Ref import_from(Value module, Value name) {
  Ref v = getattr_opt(module, name);
  if (v || err_occurred()) return v;
  static Str* const kName = intern("__name__");
  static Str* const kFile = intern("__file__");
  Ref modname = getattr_opt(module, Value(kName));
  if (!modname && err_occurred()) return nullptr;
  if (modname && is_str(modname)) {
    std::string full(modname.as<Str>()->view());
    full += '.';
    full += name.as<Str>()->view();
    Value m = dict_get_cstr(sys_modules(), full);
    if (m) return Ref::dup(m);
    if (err_occurred()) return nullptr;
  }
  Ref file = getattr_opt(module, Value(kFile));
  err_clear();
  std::string_view mod =
      modname && is_str(modname) ? modname.as<Str>()->view() : "<unknown module name>";
  std::string_view path = file && is_str(file) ? file.as<Str>()->view() : "unknown location";
  std::string msg = "cannot import name '";
  msg += name.as<Str>()->view();
  msg += "' from ";
  if (module_is_initializing(module)) msg += "partially initialized module ";
  msg += "'";
  msg += mod;
  msg += "' ";
  if (module_is_initializing(module)) msg += "(most likely due to a circular import) ";
  msg += "(";
  msg += path;
  msg += ")";
  return raise_import_error(&Exc_ImportError, msg, mod,
                            file && is_str(file) ? Value(file) : Value());
}

Ref reload_module(Value m) {
  if (type_of(m) != &ModuleType) return raise(&Exc_TypeError, "reload() argument must be a module");
  Value name = dict_get_cstr(module_dict(m), "__name__");
  if (!name || !is_str(name)) {
    if (!err_occurred()) raise(&Exc_TypeError, "reload() argument must be a module");
    return nullptr;
  }
  std::string_view n = name.as<Str>()->view();
  if (!dict_get(g_modules, name).is(m)) {
    if (err_occurred()) return nullptr;
    return raise_import_error(&Exc_ImportError, "module " + std::string(n) + " not in sys.modules",
                              n);
  }
  std::string_view parent = parent_of(n);
  if (!parent.empty() && !dict_get_cstr(g_modules, parent)) {
    if (err_occurred()) return nullptr;
    return raise_import_error(&Exc_ImportError,
                              "parent '" + std::string(parent) + "' not in sys.modules", parent);
  }
  // A native module's state lives in C++: re-running its init would only
  // rebind the same objects, so it reloads as itself.
  if (!find_native_module(n)) {
    ModuleSource src;
    if (!find_module_source(n, &src)) return nullptr;
    ModuleInitializing guard(m);
    if (!exec_in_module(m, src.source, src.filename)) return nullptr;
  }
  Value final_mod = dict_get(g_modules, name);
  if (!final_mod) {
    if (!err_occurred()) raise_no_module(n);
    return nullptr;
  }
  return Ref::dup(final_mod);
}

}  // namespace gp
