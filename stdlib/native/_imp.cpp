// The `_imp` module: the native half of importlib. The import system has
// no loaders to re-run, so reload is done by runtime/import.cpp, which can
// find a module's source again and execute it in the existing namespace.
#include "runtime/args.h"
#include "runtime/import.h"
#include "runtime/module.h"

namespace gp {
namespace {

Ref imp_reload(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("reload", kwnames) || !check_nargs("reload", nargs, 1, 1)) return nullptr;
  return reload_module(args[0]);
}

int imp_init(Value module) { return module_add_function(module, "reload", imp_reload); }

const NativeModuleDef imp_module = {"_imp", imp_init};
NativeModuleRegistrar imp_module_reg(&imp_module);

}  // namespace
}  // namespace gp
