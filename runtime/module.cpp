// Module objects and the native-module table.
//
// A module is its namespace dict; attribute access reads that dict first so
// `math.sqrt` costs one dict lookup, and a miss reports CPython's "module
// 'm' has no attribute 'x'" (or defers to a module-level __getattr__).
// Native modules register a NativeModuleDef during static initialisation
// into a fixed array (no allocation before main, no static-order hazards);
// import.cpp looks names up there.
#include "runtime/module.h"

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/frozen.h"
#include "runtime/import.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type ModuleType;

Ref new_module(std::string_view name) {
  auto* m = alloc_object<Module>(&ModuleType);
  if (!m) return nullptr;
  Ref mod = Ref::steal(m);
  m->dict = new_dict();
  if (!m->dict) return nullptr;
  Ref n = new_str(name);
  if (!n || dict_set_str(m->dict, "__name__", n) < 0) return nullptr;
  for (const char* key : {"__doc__", "__package__", "__loader__", "__spec__"}) {
    if (dict_set_str(m->dict, key, None()) < 0) return nullptr;
  }
  return mod;
}

static Ref module_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("module", args, nargs, kwnames, {"name", "doc"}, 1, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                 type_name(a[0]));
  }
  Ref m = new_module(a[0].as<Str>()->view());
  if (m && a[1] && dict_set_str(module_dict(m), "__doc__", a[1]) < 0) return nullptr;
  if (m) m.obj()->type = t;
  return m;
}

static std::string module_name_of(Value m) {
  Value n = dict_get_cstr(module_dict(m), "__name__");
  return n && is_str(n) ? std::string(n.as<Str>()->view()) : std::string("?");
}

static Ref module_repr(Value m) {
  std::string name = module_name_of(m);
  Value file = dict_get_cstr(module_dict(m), "__file__");
  if (file && is_str(file)) {
    return new_str("<module '" + name + "' from '" + std::string(file.as<Str>()->view()) + "'>");
  }
  const char* origin = is_frozen_module(name) ? "frozen" : "built-in";
  return new_str("<module '" + name + "' (" + origin + ")>");
}

static Ref module_getattr(Value m, Str* name) {
  if (Value v = dict_get_str(module_dict(m), name)) return Ref::dup(v);
  if (err_occurred()) return nullptr;
  Ref r = generic_getattr(m, name);
  if (r || !err_matches(&Exc_AttributeError)) return r;
  err_clear();
  if (Value hook = dict_get_cstr(module_dict(m), "__getattr__")) return call1(hook, Value(name));
  std::string mod = module_name_of(m);
  raise(&Exc_AttributeError, "module '%s' has no attribute '%s'", mod.c_str(), name->data);
  err_add_name_context(Value(name), m);
  return nullptr;
}

static void module_dealloc(Object* o) { destroy_object<Module>(o); }

static Ref module_get_dict(Value m) { return Ref::dup(module_dict(m)); }

static const GetSetDef kModuleGetSet[] = {
    {"__dict__", module_get_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static constexpr ptrdiff_t kModuleDictOffset = offsetof(Module, dict);
#pragma GCC diagnostic pop

static TypeRegistrar module_reg(&ModuleType, [](Type& t) {
  t.name = "module";
  t.basicsize = sizeof(Module);
  t.flags = kTpBaseType;
  t.dictoffset = kModuleDictOffset;
  t.dealloc = module_dealloc;
  t.repr = module_repr;
  t.getattr = module_getattr;
  t.setattr = generic_setattr;
  t.new_ = module_new;
  t.getset = kModuleGetSet;
});

// --- native module table ---

static constexpr size_t kMaxNativeModules = 128;
static const NativeModuleDef* g_native_modules[kMaxNativeModules];
static size_t g_native_count = 0;

NativeModuleRegistrar::NativeModuleRegistrar(const NativeModuleDef* def) {
  if (g_native_count < kMaxNativeModules) g_native_modules[g_native_count++] = def;
}

const NativeModuleDef* find_native_module(std::string_view name) {
  for (size_t i = 0; i < g_native_count; ++i) {
    if (name == g_native_modules[i]->name) return g_native_modules[i];
  }
  return nullptr;
}

Ref native_module_names() {
  std::vector<std::string_view> names;
  for (size_t i = 0; i < g_native_count; ++i) names.push_back(g_native_modules[i]->name);
  std::sort(names.begin(), names.end());
  Tuple* t = tuple_alloc(names.size());
  if (!t) return nullptr;
  Ref result = Ref::steal(t);
  for (size_t i = 0; i < names.size(); ++i) {
    Ref s = new_str(names[i]);
    if (!s) return nullptr;
    tuple_set(t, i, std::move(s));
  }
  return result;
}

int module_add_object(Value module, const char* name, Value v) {
  return dict_set_str(module_dict(module), name, v);
}

int module_add_function(Value module, const char* name, NativeFn fn) {
  // Module functions live as long as the process, so their defs do too.
  auto* def = new MethodDef{name, fn};
  Value modname = dict_get_cstr(module_dict(module), "__name__");
  Ref f = new_builtin_function(def, Value(), modname);
  if (!f) return -1;
  return module_add_object(module, name, f);
}

}  // namespace gp
