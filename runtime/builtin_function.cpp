// builtin_function_or_method, method_descriptor, classmethod_descriptor and
// getset_descriptor: how MethodDef/GetSetDef tables become Python objects.
//
// Their introspection attributes (__name__, __qualname__, __self__, ...) are
// computed on access from the MethodDef and the bound object, so creating
// these objects stays as cheap as filling three fields. MethodDefs carry no
// docstrings, so __doc__ is None.
#include "runtime/builtin_function.h"

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {

Type BuiltinFunctionType;
Type MethodDescrType;
Type ClassMethodDescrType;
Type GetSetDescrType;

Ref new_builtin_function(const MethodDef* def, Value self, Value module_name) {
  auto* f = alloc_object<BuiltinFunction>(&BuiltinFunctionType);
  if (!f) return nullptr;
  f->def = def;
  f->self = Ref::dup(self);
  f->module = Ref::dup(module_name);
  return Ref::steal(f);
}

Ref new_method_descr(const MethodDef* def, Type* owner) {
  Type* t = (def->flags & kMethClass) ? &ClassMethodDescrType : &MethodDescrType;
  auto* d = alloc_object<MethodDescr>(t);
  if (!d) return nullptr;
  d->def = def;
  d->owner = owner;
  return Ref::steal(d);
}

Ref new_getset_descr(const GetSetDef* def, Type* owner) {
  auto* d = alloc_object<GetSetDescr>(&GetSetDescrType);
  if (!d) return nullptr;
  d->def = def;
  d->owner = owner;
  return Ref::steal(d);
}

static Ref builtin_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* f = callable.as<BuiltinFunction>();
  return f->def->fn(f->self, args, nargs, kwnames);
}

static Ref builtin_repr(Value v) {
  auto* f = v.as<BuiltinFunction>();
  if (!f->self || f->self.get().is(None()) || type_of(f->self) == &ModuleType) {
    return str_printf("<built-in function %s>", f->def->name);
  }
  return str_printf("<built-in method %s of %s object at %p>", f->def->name, type_name(f->self),
                    static_cast<void*>(f->self.obj()));
}

Ref method_descr_call_self(MethodDescr* d, Value self, const Value* args, size_t nargs,
                           Value kwnames) {
  if (GP_UNLIKELY(!type_is_subtype(type_of(self), d->owner))) {
    return raise(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 d->def->name, d->owner->name, type_name(self));
  }
  return d->def->fn(self, args, nargs, kwnames);
}

static Ref method_descr_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* d = callable.as<MethodDescr>();
  if (nargs == 0) {
    return raise(&Exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                 d->def->name);
  }
  return method_descr_call_self(d, args[0], args + 1, nargs - 1, kwnames);
}

static Ref method_descr_get(Value descr, Value obj, Value) {
  if (!obj || obj.is(None())) return Ref::dup(descr);
  auto* d = descr.as<MethodDescr>();
  if (!type_is_subtype(type_of(obj), d->owner)) {
    return raise(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 d->def->name, d->owner->name, type_name(obj));
  }
  return new_builtin_function(d->def, obj);
}

static Ref method_descr_repr(Value v) {
  auto* d = v.as<MethodDescr>();
  return str_printf("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Ref classmethod_descr_get(Value descr, Value obj, Value type) {
  auto* d = descr.as<MethodDescr>();
  Value cls = type ? type : Value(type_of(obj));
  return new_builtin_function(d->def, cls);
}

static Ref classmethod_descr_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* d = callable.as<MethodDescr>();
  if (nargs == 0 || type_of(args[0]) != &TypeType) {
    return raise(&Exc_TypeError, "descriptor '%s' of '%s' object needs a type", d->def->name,
                 d->owner->name);
  }
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Ref getset_get(Value descr, Value obj, Value) {
  if (!obj || obj.is(None())) return Ref::dup(descr);
  auto* d = descr.as<GetSetDescr>();
  if (!d->def->get) {
    return raise(&Exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                 d->def->name, d->owner->name);
  }
  return d->def->get(obj);
}

static int getset_set(Value descr, Value obj, Value v) {
  auto* d = descr.as<GetSetDescr>();
  if (!d->def->set) {
    raise(&Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
          d->owner->name);
    return -1;
  }
  return d->def->set(obj, v);
}

static Ref getset_repr(Value v) {
  auto* d = v.as<GetSetDescr>();
  return str_printf("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

// `owner.name` where owner is the type a method belongs to; plain `name`
// when there is none (module functions, static methods).
static Ref qualified_name(Value owner, const char* name) {
  if (!owner) return new_str(name);
  Ref q = getattr(owner, "__qualname__");
  if (!q) return nullptr;
  if (!is_str(q)) return new_str(name);
  std::string_view prefix = q.as<Str>()->view();
  return str_printf("%.*s.%s", int(prefix.size()), prefix.data(), name);
}

static Ref none_if_null(Value v) { return v ? Ref::dup(v) : none_ref(); }
static Ref get_none(Value) { return none_ref(); }

static Ref builtin_get_name(Value self) { return new_str(self.as<BuiltinFunction>()->def->name); }

// A method's owner is the type it is bound to (a classmethod's self) or the
// type of its self; module functions have none.
static Ref builtin_get_qualname(Value self) {
  auto* f = self.as<BuiltinFunction>();
  Value s = f->self;
  if (!s || type_of(s) == &ModuleType) return new_str(f->def->name);
  return qualified_name(has_flag(s, kTpTypeSubclass) ? s : Value(type_of(s)), f->def->name);
}

static Ref builtin_get_module(Value self) {
  return none_if_null(self.as<BuiltinFunction>()->module);
}

// Module functions are bound to their module (found through sys.modules);
// static methods to nothing.
static Ref builtin_get_self(Value self) {
  auto* f = self.as<BuiltinFunction>();
  if (f->self) return f->self.dup();
  if (!f->module) return none_ref();
  Value mod = dict_get(sys_modules(), f->module);
  if (!mod && err_occurred()) return nullptr;
  return none_if_null(mod);
}

static const GetSetDef kBuiltinGetSet[] = {
    {"__name__", builtin_get_name, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr},
    {"__module__", builtin_get_module, nullptr},
    {"__self__", builtin_get_self, nullptr},
    {"__doc__", get_none, nullptr},
    {"__text_signature__", get_none, nullptr},
    {nullptr, nullptr, nullptr},
};

static Ref descr_get_name(Value self) { return new_str(self.as<MethodDescr>()->def->name); }
static Ref descr_get_qualname(Value self) {
  auto* d = self.as<MethodDescr>();
  return qualified_name(Value(d->owner), d->def->name);
}
static Ref descr_get_objclass(Value self) { return Ref::dup(Value(self.as<MethodDescr>()->owner)); }

static const GetSetDef kMethodDescrGetSet[] = {
    {"__name__", descr_get_name, nullptr},         {"__qualname__", descr_get_qualname, nullptr},
    {"__objclass__", descr_get_objclass, nullptr}, {"__doc__", get_none, nullptr},
    {"__text_signature__", get_none, nullptr},     {nullptr, nullptr, nullptr},
};

static TypeRegistrar builtin_reg(&BuiltinFunctionType, [](Type& t) {
  t.name = "builtin_function_or_method";
  t.basicsize = sizeof(BuiltinFunction);
  t.dealloc = destroy_object<BuiltinFunction>;
  t.call = builtin_call;
  t.repr = builtin_repr;
  t.getset = kBuiltinGetSet;
});
static TypeRegistrar method_descr_reg(&MethodDescrType, [](Type& t) {
  t.name = "method_descriptor";
  t.basicsize = sizeof(MethodDescr);
  t.dealloc = destroy_object<MethodDescr>;
  t.call = method_descr_call;
  t.descr_get = method_descr_get;
  t.repr = method_descr_repr;
  t.getset = kMethodDescrGetSet;
});
static TypeRegistrar classmethod_descr_reg(&ClassMethodDescrType, [](Type& t) {
  t.name = "classmethod_descriptor";
  t.basicsize = sizeof(MethodDescr);
  t.dealloc = destroy_object<MethodDescr>;
  t.call = classmethod_descr_call;
  t.descr_get = classmethod_descr_get;
  t.repr = method_descr_repr;
  t.getset = kMethodDescrGetSet;
});
static TypeRegistrar getset_reg(&GetSetDescrType, [](Type& t) {
  t.name = "getset_descriptor";
  t.basicsize = sizeof(GetSetDescr);
  t.dealloc = destroy_object<GetSetDescr>;
  t.descr_get = getset_get;
  t.descr_set = getset_set;
  t.repr = getset_repr;
});

}  // namespace gp
