// `object`: the root of every type, and the default behaviours it gives:
// identity equality and hashing, `<X object at 0x...>` repr, generic
// attribute access through the type's MRO and the instance dict.
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type ObjectType;

static size_t kw_size(Value kwnames) { return kwnames ? kwnames.as<Tuple>()->size : 0; }

// CPython's excess-arguments rule: object() tolerates arguments only when
// the class overrides the other of __new__/__init__ to take them.
static Ref object_new(Type* t, const Value*, size_t nargs, Value kwnames) {
  if (nargs || kw_size(kwnames)) {
    if (t->new_ != object_new) {
      return raise(&Exc_TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (t->init == ObjectType.init)
      return raise(&Exc_TypeError, "%s() takes no arguments", t->name);
  }
  Object* o = alloc_object<Object>(t, t->basicsize ? t->basicsize : sizeof(Object));
  if (!o) return nullptr;
  return Ref::steal(o);
}

static int object_init(Value self, const Value*, size_t nargs, Value kwnames) {
  Type* t = type_of(self);
  if (nargs || kw_size(kwnames)) {
    if (t->init != object_init) {
      raise(&Exc_TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (t->new_ == object_new) {
      raise(&Exc_TypeError, "%s() takes no arguments", t->name);
      return -1;
    }
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

// Instances may change class when both classes are heap types with the same
// instance layout (CPython's compatible_for_assignment, simplified: same
// builtin base, size and dict placement).
static int object_set_class(Value v, Value cls) {
  if (!cls) {
    raise(&Exc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type_object(cls)) {
    raise(&Exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(cls));
    return -1;
  }
  Type* old_t = type_of(v);
  Type* new_t = cls.as<Type>();
  if (!is_heap_type(old_t) || !is_heap_type(new_t)) {
    raise(&Exc_TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  Type* a = old_t;
  Type* b = new_t;
  while (is_heap_type(a)) a = a->base;
  while (is_heap_type(b)) b = b->base;
  if (a != b || old_t->basicsize != new_t->basicsize || old_t->dictoffset != new_t->dictoffset) {
    raise(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", new_t->name,
          old_t->name);
    return -1;
  }
  v.obj()->type = new_t;
  return 0;
}

static Ref object_get_dict(Value v) {
  Type* t = type_of(v);
  Ref* d = instance_dict_ptr(v, t);
  if (!d) return raise(&Exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
  if (!*d) *d = new_dict();
  return d->dup();
}

static int object_set_dict(Value v, Value d) {
  Type* t = type_of(v);
  Ref* slot = instance_dict_ptr(v, t);
  if (!slot) {
    raise(&Exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
    return -1;
  }
  if (!d) {
    raise(&Exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(d)) {
    raise(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(d));
    return -1;
  }
  Ref old = std::move(*slot);
  *slot = Ref::dup(d);
  return 0;
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

static Ref object_init_subclass(Value cls, const Value*, size_t nargs, Value kwnames) {
  if (nargs || kw_size(kwnames)) {
    Ref q = getattr(cls, "__qualname__");
    if (!q) return nullptr;
    return raise(&Exc_TypeError, "%s.__init_subclass__() takes no %s", q.as<Str>()->data,
                 nargs ? "positional arguments" : "keyword arguments");
  }
  return none_ref();
}

static Ref object_dir(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__dir__", kwnames) || !check_nargs("__dir__", nargs, 0, 0)) return nullptr;
  Ref names = new_dict();
  if (!names) return nullptr;
  Type* t = type_of(self);
  if (Ref* d = instance_dict_ptr(self, t); d && *d && dict_update(names, *d) < 0) return nullptr;
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
    {"__class__", object_get_class, object_set_class},
    {"__dict__", object_get_dict, object_set_dict},
    {nullptr, nullptr, nullptr},
};

static TypeRegistrar object_reg(&ObjectType, [](Type& t) {
  t.name = "object";
  t.basicsize = sizeof(Object);
  t.flags = kTpBaseType;
  t.dealloc = [](Object* o) { gp_free(o); };
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
