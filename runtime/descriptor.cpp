// property, staticmethod, classmethod and member_descriptor (descriptor.h).
//
// All four are plain descriptors over the type slots: descr_get decides what
// `obj.name` / `Class.name` yields, descr_set (data descriptors only) what
// assignment and `del` do. property and the method wrappers may be
// subclassed; their instances then carry the subclass's extra fields after
// the fields here (class.cpp), so every allocation uses t->basicsize.
#include "runtime/descriptor.h"

#include <algorithm>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/class.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type PropertyType;
Type StaticMethodType;
Type ClassMethodType;
Type MemberDescrType;

namespace {

template <class T>
T* alloc_instance(Type* t) {
  return alloc_object<T>(t, std::max(sizeof(T), t->basicsize));
}

Value or_none(const Ref& r) { return r ? Value(r) : None(); }

// --- property ---

struct Property : Object {
  Ref fget, fset, fdel, doc;
  Ref name;         // set by __set_name__; null until then
  bool getter_doc;  // doc was taken from fget (and follows it on copies)
};

Property* prop_of(Value v) { return v.as<Property>(); }

Ref property_new(Type* t, const Value*, size_t, Value) {
  Property* p = alloc_instance<Property>(t);
  return p ? Ref::steal(p) : nullptr;
}

int property_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[4] = {};
  if (!parse_args("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, a)) {
    return -1;
  }
  Property* p = prop_of(self);
  auto opt = [](Value v) { return v && !is_none(v) ? Ref::dup(v) : Ref(); };
  p->fget = opt(a[0]);
  p->fset = opt(a[1]);
  p->fdel = opt(a[2]);
  p->doc = opt(a[3]);
  p->getter_doc = false;
  if (!p->doc && p->fget) {
    Ref d = getattr_opt(p->fget, Value(intern("__doc__")));
    if (!d && err_occurred()) return -1;
    if (d && !is_none(d)) {
      p->doc = std::move(d);
      p->getter_doc = true;
    }
  }
  return 0;
}

std::nullptr_t property_error(Value self, Value obj, const char* what) {
  Property* p = prop_of(self);
  if (p->name) {
    Ref r = repr(p->name);
    if (!r) return nullptr;
    return raise(&Exc_AttributeError, "property %s of '%s' object has no %s", r.as<Str>()->data,
                 type_name(obj), what);
  }
  return raise(&Exc_AttributeError, "property of '%s' object has no %s", type_name(obj), what);
}

Ref property_get(Value self, Value obj, Value) {
  if (!obj || is_none(obj)) return Ref::dup(self);
  Property* p = prop_of(self);
  if (!p->fget) return property_error(self, obj, "getter");
  return call1(p->fget, obj);
}

int property_set(Value self, Value obj, Value v) {
  Property* p = prop_of(self);
  Value f = v ? p->fset.get() : p->fdel.get();
  if (!f) {
    property_error(self, obj, v ? "setter" : "deleter");
    return -1;
  }
  Ref r = v ? call2(f, obj, v) : call1(f, obj);
  return r ? 0 : -1;
}

// getter/setter/deleter: a copy of the property (of the same class) with one
// function replaced, as the `@x.setter` decorator form needs. Passing None
// keeps the old function (CPython's property_copy does the same).
Ref property_copy(Value self, int which, Value f) {
  Property* p = prop_of(self);
  Value fns[4] = {or_none(p->fget), or_none(p->fset), or_none(p->fdel),
                  p->getter_doc ? None() : or_none(p->doc)};
  if (!is_none(f)) fns[which] = f;
  Ref copy = call(Value(type_of(self)), fns, 4);
  if (!copy) return nullptr;
  if (type_is_subtype(type_of(copy), &PropertyType)) prop_of(copy)->name = p->name.dup();
  return copy;
}

Ref property_method(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
                    int which) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 1)) return nullptr;
  return property_copy(self, which, args[0]);
}

Ref property_getter(Value self, const Value* args, size_t nargs, Value kwnames) {
  return property_method(self, args, nargs, kwnames, "getter", 0);
}
Ref property_setter(Value self, const Value* args, size_t nargs, Value kwnames) {
  return property_method(self, args, nargs, kwnames, "setter", 1);
}
Ref property_deleter(Value self, const Value* args, size_t nargs, Value kwnames) {
  return property_method(self, args, nargs, kwnames, "deleter", 2);
}

Ref property_set_name(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("__set_name__", kwnames) || !check_nargs("__set_name__", nargs, 2, 2)) {
    return nullptr;
  }
  prop_of(self)->name = Ref::dup(args[1]);
  return none_ref();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter},         {"setter", property_setter}, {"deleter", property_deleter},
    {"__set_name__", property_set_name}, {nullptr, nullptr},
};

Ref property_get_fget(Value v) { return Ref::dup(or_none(prop_of(v)->fget)); }
Ref property_get_fset(Value v) { return Ref::dup(or_none(prop_of(v)->fset)); }
Ref property_get_fdel(Value v) { return Ref::dup(or_none(prop_of(v)->fdel)); }
Ref property_get_doc(Value v) { return Ref::dup(or_none(prop_of(v)->doc)); }
int property_set_doc(Value v, Value doc) {
  prop_of(v)->doc = doc && !is_none(doc) ? Ref::dup(doc) : Ref();
  return 0;
}

const GetSetDef kPropertyGetSet[] = {
    {"fget", property_get_fget, nullptr}, {"fset", property_get_fset, nullptr},
    {"fdel", property_get_fdel, nullptr}, {"__doc__", property_get_doc, property_set_doc},
    {nullptr, nullptr, nullptr},
};

// --- staticmethod and classmethod ---

struct MethodWrapperObject : Object {
  Ref func;
};

const char* wrapper_kind(Type* t) {
  return type_is_subtype(t, &StaticMethodType) ? "staticmethod" : "classmethod";
}

Ref wrapper_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  const char* name = wrapper_kind(t);
  if (!no_kwargs(name, kwnames)) return nullptr;
  if (nargs != 1) return raise(&Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
  auto* m = alloc_instance<MethodWrapperObject>(t);
  if (!m) return nullptr;
  m->func = Ref::dup(args[0]);
  return Ref::steal(m);
}

Ref wrapper_repr(Value v) {
  Ref r = repr(v.as<MethodWrapperObject>()->func);
  if (!r) return nullptr;
  return str_printf("<%s(%s)>", wrapper_kind(type_of(v)), r.as<Str>()->data);
}

Ref wrapper_get_func(Value v) { return v.as<MethodWrapperObject>()->func.dup(); }

// staticmethod and classmethod expose the wrapped function's metadata
// (__doc__, __name__, ...) as CPython 3.10+ does.
Ref wrapper_getattr(Value v, Str* name) {
  Ref r = generic_getattr(v, name);
  if (r || !err_matches(&Exc_AttributeError)) return r;
  for (const char* n : {"__name__", "__qualname__", "__doc__", "__module__"}) {
    if (name == intern(n)) {
      err_clear();
      return getattr(v.as<MethodWrapperObject>()->func, Value(name));
    }
  }
  return r;
}

const GetSetDef kWrapperGetSet[] = {
    {"__func__", wrapper_get_func, nullptr},
    {"__wrapped__", wrapper_get_func, nullptr},
    {nullptr, nullptr, nullptr},
};

Ref staticmethod_get(Value self, Value, Value) {
  return self.as<MethodWrapperObject>()->func.dup();
}

Ref staticmethod_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  return call(self.as<MethodWrapperObject>()->func, args, nargs, kwnames);
}

Ref classmethod_get(Value self, Value obj, Value type) {
  Value cls = type && !is_none(type) ? type : Value(type_of(obj));
  return new_bound_method(self.as<MethodWrapperObject>()->func, cls);
}

// --- member_descriptor ---

struct MemberDescr : Object {
  Ref name;  // str
  Type* owner;
  ptrdiff_t offset;
};

Ref* member_field(Value descr, Value obj) {
  auto* d = descr.as<MemberDescr>();
  if (!type_is_subtype(type_of(obj), d->owner)) {
    raise(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          d->name.as<Str>()->data, d->owner->name, type_name(obj));
    return nullptr;
  }
  return instance_field(obj.obj(), d->offset);
}

std::nullptr_t member_missing(Value descr, Value obj) {
  return raise(&Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
               descr.as<MemberDescr>()->name.as<Str>()->data);
}

Ref member_get(Value descr, Value obj, Value) {
  if (!obj || is_none(obj)) return Ref::dup(descr);
  Ref* f = member_field(descr, obj);
  if (!f) return nullptr;
  if (!*f) return member_missing(descr, obj);
  return f->dup();
}

int member_set(Value descr, Value obj, Value v) {
  Ref* f = member_field(descr, obj);
  if (!f) return -1;
  if (!v && !*f) {
    member_missing(descr, obj);
    return -1;
  }
  Ref old = std::move(*f);
  *f = v ? Ref::dup(v) : Ref();
  return 0;
}

Ref member_repr(Value v) {
  auto* d = v.as<MemberDescr>();
  return str_printf("<member '%s' of '%s' objects>", d->name.as<Str>()->data, d->owner->name);
}

}  // namespace

Ref new_staticmethod(Value f) { return wrapper_new(&StaticMethodType, &f, 1, Value()); }
Ref new_classmethod(Value f) { return wrapper_new(&ClassMethodType, &f, 1, Value()); }

Ref new_member_descr(Str* name, Type* owner, ptrdiff_t offset) {
  auto* d = alloc_object<MemberDescr>(&MemberDescrType);
  if (!d) return nullptr;
  d->name = Ref::dup(Value(name));
  d->owner = owner;
  d->offset = offset;
  return Ref::steal(d);
}

static TypeRegistrar property_reg(&PropertyType, [](Type& t) {
  t.name = "property";
  t.basicsize = sizeof(Property);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<Property>;
  t.new_ = property_new;
  t.init = property_init;
  t.descr_get = property_get;
  t.descr_set = property_set;
  t.methods = kPropertyMethods;
  t.getset = kPropertyGetSet;
});

// staticmethod and classmethod share their layout and construction.
static void setup_method_wrapper(Type& t, const char* name, TernaryFn get) {
  t.name = name;
  t.basicsize = sizeof(MethodWrapperObject);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<MethodWrapperObject>;
  t.new_ = wrapper_new;
  t.repr = wrapper_repr;
  t.getattr = wrapper_getattr;
  t.descr_get = get;
  t.getset = kWrapperGetSet;
}

static TypeRegistrar staticmethod_reg(&StaticMethodType, [](Type& t) {
  setup_method_wrapper(t, "staticmethod", staticmethod_get);
  t.call = staticmethod_call;
});

static TypeRegistrar classmethod_reg(&ClassMethodType, [](Type& t) {
  setup_method_wrapper(t, "classmethod", classmethod_get);
});

static TypeRegistrar member_reg(&MemberDescrType, [](Type& t) {
  t.name = "member_descriptor";
  t.basicsize = sizeof(MemberDescr);
  t.dealloc = destroy_object<MemberDescr>;
  t.descr_get = member_get;
  t.descr_set = member_set;
  t.repr = member_repr;
});

}  // namespace gp
