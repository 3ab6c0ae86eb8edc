// `type`: readying builtin types, MRO lookup, and type objects as values.
//
// Builtin types are filled in by their registrars before main() runs;
// ready_all_types() then, once the allocator and str interning work, gives
// each its attribute dict (methods, getsets, and slot wrappers such as
// int.__add__), inherits unset slots from the base, and sets its MRO. A type
// is readied base-first, whatever order the registrars ran in.
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slot_wrapper.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type TypeType;

static std::vector<Type*>& registry() {
  static std::vector<Type*> types;
  return types;
}

TypeRegistrar::TypeRegistrar(Type* t, void (*setup)(Type&)) {
  setup(*t);
  t->type = &TypeType;
  make_immortal(t);
  registry().push_back(t);
}

static void inherit_number(Type* t, const Type* base) {
  if (!base->number) return;
  if (!t->number) {
    t->number = base->number;
    return;
  }
  NumberSlots* n = t->number;
  const NumberSlots* b = base->number;
  for (int i = 0; i < int(BinOp::Count); ++i) {
    if (!n->binary[i]) n->binary[i] = b->binary[i];
    if (!n->inplace[i]) n->inplace[i] = b->inplace[i];
  }
#define INHERIT(f) \
  if (!n->f) n->f = b->f
  INHERIT(power);
  INHERIT(negative);
  INHERIT(positive);
  INHERIT(invert);
  INHERIT(absolute);
  INHERIT(truthy);
  INHERIT(to_int);
  INHERIT(to_float);
  INHERIT(index);
#undef INHERIT
}

static void inherit_slots(Type* t, const Type* b) {
#define INHERIT(f) \
  if (!t->f) t->f = b->f
  INHERIT(dealloc);
  INHERIT(repr);
  INHERIT(str);
  INHERIT(hash);
  INHERIT(richcompare);
  INHERIT(getattr);
  INHERIT(setattr);
  INHERIT(call);
  INHERIT(iter);
  INHERIT(iternext);
  INHERIT(length);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(new_);
  INHERIT(init);
  INHERIT(items_end);
#undef INHERIT
  if (!t->dictoffset) t->dictoffset = b->dictoffset;
  inherit_number(t, b);
  constexpr uint32_t kInheritedFlags = kTpIntSubclass | kTpFloatSubclass | kTpStrSubclass |
                                       kTpBytesSubclass | kTpTupleSubclass | kTpListSubclass |
                                       kTpDictSubclass | kTpTypeSubclass | kTpExcSubclass;
  t->flags |= b->flags & kInheritedFlags;
}

int type_ready(Type* t) {
  if (t->ready) return 0;
  t->ready = true;
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  if (t->base && type_ready(t->base) < 0) return -1;
  if (!t->type) t->type = &TypeType;
  if (!t->dict) {
    t->dict = new_dict();
    if (!t->dict) return -1;
  }
  if (add_slot_wrappers(t) < 0) return -1;
  if (t->base) inherit_slots(t, t->base);
  for (const MethodDef* m = t->methods; m && m->name; ++m) {
    Ref obj = (m->flags & kMethStatic) ? new_builtin_function(m, Value()) : new_method_descr(m, t);
    if (!obj || dict_set(t->dict, intern(m->name), obj) < 0) return -1;
  }
  for (const GetSetDef* g = t->getset; g && g->name; ++g) {
    Ref obj = new_getset_descr(g, t);
    if (!obj || dict_set(t->dict, intern(g->name), obj) < 0) return -1;
  }
  if (!t->bases) t->bases = t->base ? new_tuple({Value(t->base)}) : empty_tuple();
  if (!t->mro) {
    size_t nbase = t->base ? t->base->mro.as<Tuple>()->size : 0;
    Tuple* mro = tuple_alloc(nbase + 1);
    if (!mro) return -1;
    tuple_set(mro, 0, Ref::dup(Value(t)));
    for (size_t i = 0; i < nbase; ++i)
      tuple_set(mro, i + 1, Ref::dup(t->base->mro.as<Tuple>()->items[i]));
    t->mro = Ref::steal(mro);
  }
  return 0;
}

int ready_all_types() {
  for (Type* t : registry()) {
    if (type_ready(t) < 0) return -1;
  }
  return 0;
}

Value type_lookup(Type* t, Str* name) {
  Tuple* mro = t->mro.as<Tuple>();
  if (GP_UNLIKELY(!mro)) return t->dict ? dict_get_str(t->dict, name) : Value();
  for (size_t i = 0; i < mro->size; ++i) {
    Value v = dict_get_str(mro->items[i].as<Type>()->dict, name);
    if (v) return v;
  }
  return Value();
}

bool type_is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  if (Tuple* mro = t->mro.as<Tuple>()) {
    for (size_t i = 1; i < mro->size; ++i) {
      if (mro->items[i].as<Type>() == base) return true;
    }
    return false;
  }
  for (const Type* b = t->base; b; b = b->base) {
    if (b == base) return true;
  }
  return false;
}

// --- type objects as values ---

static bool is_builtin_module_type(const Type* t) {
  if (!t->module_name) return true;
  return str_eq(t->module_name.as<Str>(), intern("builtins"));
}

static Ref type_repr(Value v) {
  auto* t = v.as<Type>();
  if (is_builtin_module_type(t)) return str_printf("<class '%s'>", t->name);
  return str_printf("<class '%s.%s'>", t->module_name.as<Str>()->data,
                    t->qualname ? t->qualname.as<Str>()->data : t->name);
}

static Ref type_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* t = callable.as<Type>();
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  if (t == &TypeType) {
    if (nargs == 1 && nkw == 0) return Ref::dup(Value(type_of(args[0])));
    if (nargs != 3) return raise(&Exc_TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->new_) return raise(&Exc_TypeError, "cannot create '%s' instances", t->name);
  Ref obj = t->new_(t, args, nargs, kwnames);
  if (!obj || !t->init || !type_is_subtype(type_of(obj), t)) return obj;
  if (type_of(obj)->init(obj, args, nargs, kwnames) < 0) return nullptr;
  return obj;
}

static Ref type_getattr(Value obj, Str* name) {
  auto* t = obj.as<Type>();
  Type* meta = type_of(obj);
  Value meta_attr = type_lookup(meta, name);
  TernaryFn meta_get = nullptr;
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(meta_attr, obj, Value(meta));
  }
  if (Value attr = type_lookup(t, name)) {
    if (TernaryFn get = type_of(attr)->descr_get) return get(attr, Value(), obj);
    return Ref::dup(attr);
  }
  if (meta_get) return meta_get(meta_attr, obj, Value(meta));
  if (meta_attr) return Ref::dup(meta_attr);
  raise(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, name->data);
  err_add_name_context(Value(name), obj);
  return nullptr;
}

static int type_setattr(Value obj, Str* name, Value v) {
  auto* t = obj.as<Type>();
  if (!is_heap_type(t)) {
    raise(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, t->name);
    return -1;
  }
  Value meta_attr = type_lookup(type_of(obj), name);
  if (meta_attr) {
    if (auto set = type_of(meta_attr)->descr_set) return set(meta_attr, obj, v);
  }
  int r = v ? dict_set(t->dict, Value(name), v) : dict_del(t->dict, Value(name));
  if (r < 0) {
    if (!v && err_matches(&Exc_KeyError)) {
      err_clear();
      raise(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, name->data);
    }
    return -1;
  }
  return heap_type_attr_changed(t, name);
}

static int64_t type_hash(Value v) { return int64_t(reinterpret_cast<uintptr_t>(v.obj()) >> 4); }

static Ref type_get_name(Value v) {
  auto* t = v.as<Type>();
  if (t->flags & kTpHeapType) return new_str(t->name);
  const char* dot = __builtin_strrchr(t->name, '.');
  return new_str(dot ? dot + 1 : t->name);
}
static Ref type_get_qualname(Value v) {
  auto* t = v.as<Type>();
  if (t->qualname) return t->qualname.dup();
  return type_get_name(v);
}
static Ref type_get_module(Value v) {
  auto* t = v.as<Type>();
  if (t->module_name) return t->module_name.dup();
  const char* dot = __builtin_strrchr(t->name, '.');
  if (dot) return new_str(std::string_view(t->name, size_t(dot - t->name)));
  return new_str("builtins");
}
static Ref type_get_mro(Value v) { return v.as<Type>()->mro.dup(); }
static Ref type_get_bases(Value v) { return v.as<Type>()->bases.dup(); }
static Ref type_get_base(Value v) {
  Type* b = v.as<Type>()->base;
  return b ? Ref::dup(Value(b)) : none_ref();
}
static Ref type_get_dict(Value v) { return v.as<Type>()->dict.dup(); }
static Ref type_get_doc(Value v) {
  auto* t = v.as<Type>();
  Value doc = is_heap_type(t) ? dict_get_str(t->dict, intern("__doc__")) : Value();
  if (!doc) return none_ref();
  if (TernaryFn get = type_of(doc)->descr_get) return get(doc, Value(), v);
  return Ref::dup(doc);
}

// The writable type attributes exist only for classes (heap types).
static bool check_heap_set(Value v, Value x, const char* attr) {
  auto* t = v.as<Type>();
  if (!is_heap_type(t)) {
    raise(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
    return false;
  }
  if (!x) {
    raise(&Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
    return false;
  }
  return true;
}

static bool check_str_attr(Value v, Value x, const char* attr) {
  if (!check_heap_set(v, x, attr)) return false;
  if (!is_str(x)) {
    raise(&Exc_TypeError, "can only assign string to %s.%s, not '%s'", v.as<Type>()->name, attr,
          type_name(x));
    return false;
  }
  return true;
}

static int type_set_name(Value v, Value x) {
  if (!check_str_attr(v, x, "__name__")) return -1;
  auto* t = static_cast<HeapType*>(v.as<Type>());
  t->name_ref = Ref::dup(x);
  t->name = t->name_ref.as<Str>()->data;
  return 0;
}
static int type_set_qualname(Value v, Value x) {
  if (!check_str_attr(v, x, "__qualname__")) return -1;
  v.as<Type>()->qualname = Ref::dup(x);
  return 0;
}
static int type_set_module(Value v, Value x) {
  if (!check_heap_set(v, x, "__module__")) return -1;
  auto* t = v.as<Type>();
  t->module_name = Ref::dup(x);
  return dict_set(t->dict, Value(intern("__module__")), x);
}
static int type_set_doc(Value v, Value x) {
  if (!check_heap_set(v, x, "__doc__")) return -1;
  return dict_set(v.as<Type>()->dict, Value(intern("__doc__")), x);
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro, nullptr},
    {"__bases__", type_get_bases, nullptr},
    {"__base__", type_get_base, nullptr},
    {"__dict__", type_get_dict, nullptr},
    {"__doc__", type_get_doc, type_set_doc},
    {nullptr, nullptr, nullptr},
};

static Ref type_mro_method(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("mro", kwnames) || !check_nargs("mro", nargs, 0, 0)) return nullptr;
  return list_from_iterable(self.as<Type>()->mro);
}

static Ref type_prepare(Value, const Value*, size_t, Value) { return new_dict(); }

static Ref type_subclasses(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__subclasses__", kwnames) || !check_nargs("__subclasses__", nargs, 0, 0)) {
    return nullptr;
  }
  Ref out = new_list();
  if (!out || !is_heap_type(self.as<Type>())) return out;
  for (HeapType* sub : static_cast<HeapType*>(self.as<Type>())->subclasses) {
    if (list_append(out, Value(sub)) < 0) return nullptr;
  }
  return out;
}

static int type_init(Value, const Value*, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  if (nargs == 1 && nkw) {
    raise(&Exc_TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    raise(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method},
    {"__prepare__", type_prepare, kMethClass},
    {"__subclasses__", type_subclasses},
    {nullptr, nullptr},
};

static TypeRegistrar type_reg(&TypeType, [](Type& t) {
  t.name = "type";
  t.basicsize = sizeof(HeapType);
  t.flags = kTpBaseType | kTpTypeSubclass;
  t.new_ = type_new;
  t.init = type_init;
  t.repr = type_repr;
  t.call = type_call;
  t.getattr = type_getattr;
  t.setattr = type_setattr;
  t.hash = type_hash;
  t.getset = type_getset;
  t.methods = type_methods;
});

}  // namespace gp
