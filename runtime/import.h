// The import system's internal entry points (the public ones, import_name and
// import_module, are in module.h): start-up, the native/frozen tables, and
// running a module's source, which the command line reuses for __main__.
#pragma once

#include <string>
#include <string_view>

#include "runtime/module.h"

namespace gp {

// Creates sys.modules and records the builtins module. 0 ok, -1 error.
int import_init(Value builtins_module);

// sys.<name> (borrowed), or null without an error when sys or the
// attribute is missing.
Value sys_get(std::string_view name);

const NativeModuleDef* find_native_module(std::string_view name);
// sys.builtin_module_names: a sorted tuple of the native module names.
Ref native_module_names();
bool is_frozen_module(std::string_view name);

// Where a module's source lives, as the import system would find it:
// frozen table or sys.path. `filename` is the path (or "<frozen name>").
struct ModuleSource {
  std::string source;
  std::string filename;
  std::string dir;  // the package directory for packages found on disk
  bool is_package = false;
  bool frozen = false;
};
// Looks `name` up (its parent package must be importable); false with
// ModuleNotFoundError set when missing.
bool find_module_source(std::string_view name, ModuleSource* out);

// Compiles `source` and runs it in module `m`'s namespace (setting
// __builtins__); the result of eval or null with the exception set.
Ref exec_in_module(Value m, std::string_view source, std::string_view filename);

// `from module import name`: the attribute, else the submodule
// module.name already in sys.modules, else ImportError naming both.
Ref import_from(Value module, Value name);

// importlib.reload: re-runs the module's source (found again as an import
// would) in its existing namespace; returns sys.modules[name].
Ref reload_module(Value m);

// `python -m name`: runs the module (or package's __main__) as __main__.
// Returns the eval result or null; sets `argv0` to the file run.
Ref run_module_as_main(std::string_view name, std::string* argv0);

}  // namespace gp
