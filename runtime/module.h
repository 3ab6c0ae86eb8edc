// Module objects, the native-module table and the import entry points.
//
// A module is a namespace dict plus a name. Native modules (stdlib/native/)
// register a NativeModuleDef at static-initialisation time; frozen Python
// modules (stdlib/lib/) are source text compiled on first import. Nothing in
// runtime/ or interp/ includes stdlib/: the table is the only link.
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type ModuleType;

struct Module : Object {
  Ref dict;
};

Ref new_module(std::string_view name);
inline Value module_dict(Value m) { return m.as<Module>()->dict.get(); }

struct NativeModuleDef {
  const char* name;
  // Fills the fresh module's namespace; 0 ok, -1 error.
  int (*init)(Value module);
};
struct NativeModuleRegistrar {
  explicit NativeModuleRegistrar(const NativeModuleDef* def);
};

// Adds a native function to a module's namespace.
int module_add_function(Value module, const char* name, NativeFn fn);
int module_add_object(Value module, const char* name, Value v);

// The import statement: __import__(name, globals, None, fromlist, level).
Ref import_name(Value name, Value globals, Value fromlist, int level);
// `import x` from C++ (e.g. a native module needing another).
Ref import_module(std::string_view name);

// The builtins module's dict (LOAD_GLOBAL's fallback) and sys.modules.
Value builtins_dict();
Value sys_modules();

}  // namespace gp
