// function, method and cell types.
//
// Calling a function is the eval loop's business (function_vectorcall in
// interp/eval.cpp, installed as FunctionType's `call` slot); this file holds
// the objects themselves: creation, attributes, the descriptor binding that
// turns `obj.f` into a bound method, and the method's own call, which
// prepends self without building a tuple.
#include "runtime/function.h"

#include <cstddef>
#include <vector>

#include "interp/frame.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type FunctionType;
Type BoundMethodType;
Type CellType;

namespace {

Function* fn_of(Value v) { return v.as<Function>(); }
Ref or_none(const Ref& r) { return r ? r.dup() : none_ref(); }

int set_str_field(Ref& field, Value v, const char* what) {
  if (!v || !is_str(v)) {
    raise(&Exc_TypeError, "__%s__ must be set to a string object", what);
    return -1;
  }
  field = Ref::dup(v);
  return 0;
}

// For attributes that hold an object of one type or nothing: None (or
// deletion) clears them.
int set_optional_field(Ref& field, Value v, bool right_type, const char* what, const char* type) {
  bool clear = !v || is_none(v);
  if (!clear && !right_type) {
    raise(&Exc_TypeError, "__%s__ must be set to a %s object", what, type);
    return -1;
  }
  field = clear ? Ref() : Ref::dup(v);
  return 0;
}

int set_any_field(Ref& field, Value v) {
  field = v ? Ref::dup(v) : Ref();
  return 0;
}

// __dict__ and __annotations__ are created on first access.
Ref lazy_dict(Ref& field) {
  if (!field) field = new_dict();
  return field.dup();
}

Ref fn_get_code(Value self) { return fn_of(self)->code.dup(); }
Ref fn_get_globals(Value self) { return fn_of(self)->globals.dup(); }
Ref fn_get_builtins(Value self) { return fn_of(self)->builtins.dup(); }
Ref fn_get_name(Value self) { return fn_of(self)->name.dup(); }
int fn_set_name(Value self, Value v) { return set_str_field(fn_of(self)->name, v, "name"); }
Ref fn_get_qualname(Value self) { return fn_of(self)->qualname.dup(); }
int fn_set_qualname(Value self, Value v) {
  return set_str_field(fn_of(self)->qualname, v, "qualname");
}
Ref fn_get_defaults(Value self) { return or_none(fn_of(self)->defaults); }
int fn_set_defaults(Value self, Value v) {
  return set_optional_field(fn_of(self)->defaults, v, is_tuple(v), "defaults", "tuple");
}
Ref fn_get_kwdefaults(Value self) { return or_none(fn_of(self)->kwdefaults); }
int fn_set_kwdefaults(Value self, Value v) {
  return set_optional_field(fn_of(self)->kwdefaults, v, is_dict(v), "kwdefaults", "dict");
}
Ref fn_get_closure(Value self) { return or_none(fn_of(self)->closure); }
Ref fn_get_doc(Value self) { return or_none(fn_of(self)->doc); }
int fn_set_doc(Value self, Value v) { return set_any_field(fn_of(self)->doc, v); }
Ref fn_get_module(Value self) { return or_none(fn_of(self)->module); }
int fn_set_module(Value self, Value v) { return set_any_field(fn_of(self)->module, v); }
Ref fn_get_dict(Value self) { return lazy_dict(fn_of(self)->dict); }
int fn_set_dict(Value self, Value v) {
  if (!v || !is_dict(v)) {
    raise(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          v ? type_name(v) : "NoneType");
    return -1;
  }
  fn_of(self)->dict = Ref::dup(v);
  return 0;
}
Ref fn_get_annotations(Value self) { return lazy_dict(fn_of(self)->annotations); }
int fn_set_annotations(Value self, Value v) {
  return set_optional_field(fn_of(self)->annotations, v, is_dict(v), "annotations", "dict");
}

const GetSetDef kFunctionGetSet[] = {
    {"__code__", fn_get_code, nullptr},
    {"__globals__", fn_get_globals, nullptr},
    {"__builtins__", fn_get_builtins, nullptr},
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__dict__", fn_get_dict, fn_set_dict},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {nullptr, nullptr, nullptr},
};

Ref function_repr(Value self) {
  return str_printf("<function %s at %p>", fn_of(self)->qualname.as<Str>()->data,
                    static_cast<void*>(self.obj()));
}

Ref function_descr_get(Value self, Value inst, Value) {
  if (!inst || is_none(inst)) return Ref::dup(self);
  return new_bound_method(self, inst);
}

// --- bound methods ---

BoundMethod* meth_of(Value v) { return v.as<BoundMethod>(); }

Ref method_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  BoundMethod* m = meth_of(callable);
  size_t total = nargs + (kwnames ? static_cast<Tuple*>(kwnames.obj())->size : 0);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m->func, buf, nargs + 1, kwnames);
}

Ref method_repr(Value self) {
  BoundMethod* m = meth_of(self);
  Ref name = getattr_opt(m->func, Value(intern("__qualname__")));
  if (!name && err_occurred()) return nullptr;
  if (!name || !is_str(name)) {
    name = getattr_opt(m->func, Value(intern("__name__")));
    if (!name && err_occurred()) return nullptr;
  }
  Ref self_repr = repr(m->self);
  if (!self_repr) return nullptr;
  const char* n = (name && is_str(name)) ? name.as<Str>()->data : "?";
  return str_printf("<bound method %s of %s>", n, self_repr.as<Str>()->data);
}

Ref method_getattr(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !err_matches(&Exc_AttributeError)) return r;
  err_clear();
  return getattr(meth_of(self)->func, Value(name));
}

Ref method_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &BoundMethodType) {
    return not_implemented_ref();
  }
  BoundMethod* x = meth_of(a);
  BoundMethod* y = meth_of(b);
  int eq = 0;
  if (x->self.get().is(y->self.get())) {
    eq = equal(x->func, y->func);
    if (eq < 0) return nullptr;
  }
  return bool_ref((op == CompareOp::Eq) == (eq == 1));
}

int64_t method_hash(Value self) {
  BoundMethod* m = meth_of(self);
  int64_t h = hash(m->func);
  if (h == -1) return -1;
  h ^= int64_t(m->self.get().raw() >> 4);
  return h == -1 ? -2 : h;
}

Ref method_get_func(Value self) { return meth_of(self)->func.dup(); }
Ref method_get_self(Value self) { return meth_of(self)->self.dup(); }

const GetSetDef kMethodGetSet[] = {
    {"__func__", method_get_func, nullptr},
    {"__self__", method_get_self, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- cells ---

Ref cell_repr(Value self) {
  Value v = self.as<Cell>()->ref;
  void* p = static_cast<void*>(self.obj());
  if (!v) return str_printf("<cell at %p: empty>", p);
  return str_printf("<cell at %p: %s object at %p>", p, type_name(v),
                    reinterpret_cast<void*>(v.raw()));
}

Ref cell_get_contents(Value self) {
  Value v = self.as<Cell>()->ref;
  if (!v) return raise(&Exc_ValueError, "Cell is empty");
  return Ref::dup(v);
}
int cell_set_contents(Value self, Value v) {
  self.as<Cell>()->ref = v ? Ref::dup(v) : Ref();
  return 0;
}

const GetSetDef kCellGetSet[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr, nullptr},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr ptrdiff_t kFunctionDictOffset = offsetof(Function, dict);
#pragma GCC diagnostic pop

TypeRegistrar function_reg(&FunctionType, [](Type& t) {
  t.name = "function";
  t.basicsize = sizeof(Function);
  t.dealloc = destroy_object<Function>;
  t.repr = function_repr;
  t.call = function_call;
  t.descr_get = function_descr_get;
  t.getset = kFunctionGetSet;
  t.dictoffset = kFunctionDictOffset;
});

TypeRegistrar method_reg(&BoundMethodType, [](Type& t) {
  t.name = "method";
  t.basicsize = sizeof(BoundMethod);
  t.dealloc = destroy_object<BoundMethod>;
  t.repr = method_repr;
  t.call = method_call;
  t.getattr = method_getattr;
  t.richcompare = method_richcompare;
  t.hash = method_hash;
  t.getset = kMethodGetSet;
});

TypeRegistrar cell_reg(&CellType, [](Type& t) {
  t.name = "cell";
  t.basicsize = sizeof(Cell);
  t.dealloc = destroy_object<Cell>;
  t.repr = cell_repr;
  t.getset = kCellGetSet;
});

}  // namespace

Ref new_function(Value code, Value globals, Value qualname) {
  Code* co = code.as<Code>();
  Function* f = alloc_object<Function>(&FunctionType);
  if (!f) return nullptr;
  Ref fn = Ref::steal(f);
  f->code = Ref::dup(code);
  f->globals = Ref::dup(globals);
  f->builtins = Ref::dup(builtins_for_globals(globals));
  f->name = co->name.dup();
  f->qualname = Ref::dup(qualname ? qualname : co->qualname.get());
  Tuple* consts = co->consts.as<Tuple>();
  if (consts->size > 0 && is_str(consts->items[0])) f->doc = Ref::dup(consts->items[0]);
  static Str* const kName = intern("__name__");
  Value mod = dict_get_str(globals, kName);
  if (mod) f->module = Ref::dup(mod);
  return fn;
}

Ref new_bound_method(Value func, Value self) {
  BoundMethod* m = alloc_object<BoundMethod>(&BoundMethodType);
  if (!m) return nullptr;
  m->func = Ref::dup(func);
  m->self = Ref::dup(self);
  return Ref::steal(m);
}

Ref new_cell(Value v) {
  Cell* c = alloc_object<Cell>(&CellType);
  if (!c) return nullptr;
  if (v) c->ref = Ref::dup(v);
  return Ref::steal(c);
}

}  // namespace gp
