// `object`: the root of every type, and the default behaviours it gives:
// identity equality and hashing, `<X object at 0x...>` repr, generic
// attribute access through the type's MRO and the instance dict.
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type ObjectType;

static size_t kw_size(Value kwnames) { return kwnames ? kwnames.as<Tuple>()->size : 0; }

static Ref object_new(Type* t, const Value*, size_t nargs, Value kwnames) {
  // Extra arguments are an error only when neither __new__ nor __init__ is
  // overridden to take them (CPython's excess-args rule).
  if ((nargs || kw_size(kwnames)) && t->new_ == ObjectType.new_ && t->init == ObjectType.init) {
    return raise(&Exc_TypeError, "%s() takes no arguments", t->name);
  }
  Object* o = alloc_object<Object>(t, t->basicsize ? t->basicsize : sizeof(Object));
  if (!o) return nullptr;
  if (t->flags & kTpHeapType) incref_obj(t);
  return Ref::steal(o);
}

static int object_init(Value self, const Value*, size_t nargs, Value kwnames) {
  Type* t = type_of(self);
  if ((nargs || kw_size(kwnames)) && t->init != ObjectType.init && t->new_ == ObjectType.new_) {
    raise(&Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return -1;
  }
  return 0;
}

static Ref object_repr(Value v) {
  Type* t = type_of(v);
  Ref module = getattr(Value(t), "__module__");
  if (!module) return nullptr;
  Ref qualname = getattr(Value(t), "__qualname__");
  if (!qualname) return nullptr;
  if (is_str(module) && module.as<Str>()->view() != "builtins") {
    return str_printf("<%s.%s object at %p>", module.as<Str>()->data, qualname.as<Str>()->data,
                      static_cast<void*>(v.obj()));
  }
  return str_printf("<%s object at %p>", t->name, static_cast<void*>(v.obj()));
}

static Ref object_str(Value v) {
  UnaryFn r = type_of(v)->repr;
  return r ? r(v) : object_repr(v);
}

static int64_t object_hash(Value v) {
  // Rotate away the alignment zeros, as CPython does, so ids spread over
  // the table; clearing the sign bit keeps the result away from -1.
  uintptr_t p = v.raw();
  uintptr_t h = (p >> 4) | (p << (8 * sizeof(p) - 4));
  return int64_t(h & 0x7fffffffffffffff);
}

static Ref object_richcompare(Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? bool_ref(true) : not_implemented_ref();
  if (op == CompareOp::Ne) {
    auto cmp = type_of(a)->richcompare;
    if (!cmp) return not_implemented_ref();
    Ref eq = cmp(a, b, CompareOp::Eq);
    if (!eq || eq.get().is(NotImplemented())) return eq;
    int t = truthy(eq);
    if (t < 0) return nullptr;
    return bool_ref(!t);
  }
  return not_implemented_ref();
}

static Ref object_get_class(Value v) { return Ref::dup(Value(type_of(v))); }

static Ref object_get_dict(Value v) {
  Type* t = type_of(v);
  if (!t->dictoffset) {
    return raise(&Exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
  }
  Ref& d = *reinterpret_cast<Ref*>(reinterpret_cast<char*>(v.obj()) + t->dictoffset);
  if (!d) d = new_dict();
  return d.dup();
}

static Ref object_format(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("__format__", kwnames) || !check_nargs("__format__", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  }
  if (args[0].as<Str>()->size) {
    return raise(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                 type_name(self));
  }
  return str(self);
}

static Ref object_init_subclass(Value, const Value*, size_t, Value) { return none_ref(); }

static Ref object_dir(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__dir__", kwnames) || !check_nargs("__dir__", nargs, 0, 0)) return nullptr;
  Ref names = new_dict();
  if (!names) return nullptr;
  Type* t = type_of(self);
  if (t->dictoffset) {
    Ref& d = *reinterpret_cast<Ref*>(reinterpret_cast<char*>(self.obj()) + t->dictoffset);
    if (d && dict_update(names, d) < 0) return nullptr;
  }
  Tuple* mro = t->mro.as<Tuple>();
  for (size_t i = 0; i < mro->size; ++i) {
    if (dict_update(names, mro->items[i].as<Type>()->dict) < 0) return nullptr;
  }
  return dict_keys_list(names);
}

static const MethodDef object_methods[] = {
    {"__format__", object_format},
    {"__init_subclass__", object_init_subclass, kMethClass},
    {"__dir__", object_dir},
    {nullptr, nullptr},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, nullptr},
    {"__dict__", object_get_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

static TypeRegistrar object_reg(&ObjectType, [](Type& t) {
  t.name = "object";
  t.basicsize = sizeof(Object);
  t.flags = kTpBaseType;
  t.dealloc = [](Object* o) {
    Type* type = o->type;
    gp_free(o);
    if (type->flags & kTpHeapType) decref_obj(type);
  };
  t.new_ = object_new;
  t.init = object_init;
  t.repr = object_repr;
  t.str = object_str;
  t.hash = object_hash;
  t.richcompare = object_richcompare;
  t.getattr = generic_getattr;
  t.setattr = generic_setattr;
  t.methods = object_methods;
  t.getset = object_getset;
});

}  // namespace gp
