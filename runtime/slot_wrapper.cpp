// wrapper_descriptor and method-wrapper: see slot_wrapper.h.
#include "runtime/slot_wrapper.h"

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type SlotWrapperType;
Type MethodWrapperType;

namespace {

enum class Kind : uint8_t {
  Repr,
  Str,
  Hash,
  Compare,
  Call,
  Iter,
  Next,
  Len,
  GetItem,
  SetItem,
  DelItem,
  Contains,
  Binary,
  RBinary,
  Inplace,
  Neg,
  Pos,
  Invert,
  Abs,
  Bool,
  Int,
  Float,
  Index,
  Init,
  Get,
  Set,
  Delete,
  Pow,
  RPow,
  GetAttribute,
  SetAttr,
  DelAttr
};

struct SlotDef {
  const char* name;
  Kind kind;
  uint8_t op;  // CompareOp or BinOp
};

#define BIN(n, op)                                         \
  {"__" n "__", Kind::Binary, uint8_t(BinOp::op)},         \
      {"__r" n "__", Kind::RBinary, uint8_t(BinOp::op)}, { \
    "__i" n "__", Kind::Inplace, uint8_t(BinOp::op)        \
  }
const SlotDef kSlots[] = {
    {"__repr__", Kind::Repr, 0},
    {"__str__", Kind::Str, 0},
    {"__hash__", Kind::Hash, 0},
    {"__lt__", Kind::Compare, uint8_t(CompareOp::Lt)},
    {"__le__", Kind::Compare, uint8_t(CompareOp::Le)},
    {"__eq__", Kind::Compare, uint8_t(CompareOp::Eq)},
    {"__ne__", Kind::Compare, uint8_t(CompareOp::Ne)},
    {"__gt__", Kind::Compare, uint8_t(CompareOp::Gt)},
    {"__ge__", Kind::Compare, uint8_t(CompareOp::Ge)},
    {"__call__", Kind::Call, 0},
    {"__iter__", Kind::Iter, 0},
    {"__next__", Kind::Next, 0},
    {"__len__", Kind::Len, 0},
    {"__getitem__", Kind::GetItem, 0},
    {"__setitem__", Kind::SetItem, 0},
    {"__delitem__", Kind::DelItem, 0},
    {"__contains__", Kind::Contains, 0},
    BIN("add", Add),
    BIN("sub", Sub),
    BIN("mul", Mul),
    BIN("matmul", MatMul),
    BIN("truediv", TrueDiv),
    BIN("mod", Mod),
    BIN("lshift", LShift),
    BIN("rshift", RShift),
    BIN("or", Or),
    BIN("xor", Xor),
    BIN("and", And),
    BIN("floordiv", FloorDiv),
    {"__pow__", Kind::Pow, 0},
    {"__rpow__", Kind::RPow, 0},
    {"__neg__", Kind::Neg, 0},
    {"__pos__", Kind::Pos, 0},
    {"__invert__", Kind::Invert, 0},
    {"__abs__", Kind::Abs, 0},
    {"__bool__", Kind::Bool, 0},
    {"__int__", Kind::Int, 0},
    {"__float__", Kind::Float, 0},
    {"__index__", Kind::Index, 0},
    {"__init__", Kind::Init, 0},
    {"__get__", Kind::Get, 0},
    {"__set__", Kind::Set, 0},
    {"__delete__", Kind::Delete, 0},
    {"__getattribute__", Kind::GetAttribute, 0},
    {"__setattr__", Kind::SetAttr, 0},
    {"__delattr__", Kind::DelAttr, 0},
};
#undef BIN

// The slot a SlotDef stands for, as an opaque pointer: null when unset. Used
// both to decide whether a type defines the slot and whether it differs from
// its base's.
const void* slot_ptr(const Type* t, const SlotDef& d) {
  const NumberSlots* n = t->number;
  switch (d.kind) {
    case Kind::Repr:
      return reinterpret_cast<const void*>(t->repr);
    case Kind::Str:
      return reinterpret_cast<const void*>(t->str);
    case Kind::Hash:
      return reinterpret_cast<const void*>(t->hash);
    case Kind::Compare:
      return reinterpret_cast<const void*>(t->richcompare);
    case Kind::Call:
      return reinterpret_cast<const void*>(t->call);
    case Kind::Iter:
      return reinterpret_cast<const void*>(t->iter);
    case Kind::Next:
      return reinterpret_cast<const void*>(t->iternext);
    case Kind::Len:
      return reinterpret_cast<const void*>(t->length);
    case Kind::GetItem:
      return reinterpret_cast<const void*>(t->getitem);
    case Kind::SetItem:
    case Kind::DelItem:
      return reinterpret_cast<const void*>(t->setitem);
    case Kind::Contains:
      return reinterpret_cast<const void*>(t->contains);
    case Kind::Binary:
    case Kind::RBinary:
      return n ? reinterpret_cast<const void*>(n->binary[d.op]) : nullptr;
    case Kind::Inplace:
      return n ? reinterpret_cast<const void*>(n->inplace[d.op]) : nullptr;
    case Kind::Pow:
    case Kind::RPow:
      return n ? reinterpret_cast<const void*>(n->binary[int(BinOp::Pow)]) : nullptr;
    case Kind::Neg:
      return n ? reinterpret_cast<const void*>(n->negative) : nullptr;
    case Kind::Pos:
      return n ? reinterpret_cast<const void*>(n->positive) : nullptr;
    case Kind::Invert:
      return n ? reinterpret_cast<const void*>(n->invert) : nullptr;
    case Kind::Abs:
      return n ? reinterpret_cast<const void*>(n->absolute) : nullptr;
    case Kind::Bool:
      return n ? reinterpret_cast<const void*>(n->truthy) : nullptr;
    case Kind::Int:
      return n ? reinterpret_cast<const void*>(n->to_int) : nullptr;
    case Kind::Float:
      return n ? reinterpret_cast<const void*>(n->to_float) : nullptr;
    case Kind::Index:
      return n ? reinterpret_cast<const void*>(n->index) : nullptr;
    case Kind::Init:
      return reinterpret_cast<const void*>(t->init);
    case Kind::Get:
      return reinterpret_cast<const void*>(t->descr_get);
    case Kind::Set:
    case Kind::Delete:
      return reinterpret_cast<const void*>(t->descr_set);
    case Kind::GetAttribute:
      return reinterpret_cast<const void*>(t->getattr);
    case Kind::SetAttr:
    case Kind::DelAttr:
      return reinterpret_cast<const void*>(t->setattr);
  }
  return nullptr;
}

struct SlotWrapper : Object {
  Type* owner;
  const SlotDef* def;
};

struct MethodWrapper : Object {
  Ref descr;
  Ref self;
};

bool want(const char* name, const Value* args, size_t nargs, Value kwnames, size_t n) {
  (void)args;
  return no_kwargs(name, kwnames) && check_nargs(name, nargs, n, n);
}

Ref from_status(int r) {
  if (r < 0) return nullptr;
  return none_ref();
}

Ref dispatch(Type* owner, const SlotDef& d, Value self, const Value* args, size_t nargs,
             Value kwnames) {
  const NumberSlots* n = owner->number;
  const char* name = d.name;
  switch (d.kind) {
    case Kind::Call:
      return owner->call(self, args, nargs, kwnames);
    case Kind::Init:
      if (owner->init(self, args, nargs, kwnames) < 0) return nullptr;
      return none_ref();
    default:
      break;
  }
  size_t want_n = 0;
  switch (d.kind) {
    case Kind::Compare:
    case Kind::GetItem:
    case Kind::DelItem:
    case Kind::Contains:
    case Kind::Binary:
    case Kind::RBinary:
    case Kind::Inplace:
    case Kind::RPow:
    case Kind::Delete:
    case Kind::GetAttribute:
    case Kind::DelAttr:
      want_n = 1;
      break;
    case Kind::SetItem:
    case Kind::Get:
    case Kind::Set:
    case Kind::SetAttr:
      want_n = 2;
      break;
    case Kind::Pow:
      if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 2)) return nullptr;
      return n->binary[int(BinOp::Pow)] && nargs == 1
                 ? n->binary[int(BinOp::Pow)](self, args[0])
                 : power(self, args[0], nargs == 2 ? args[1] : None());
    default:
      break;
  }
  if (d.kind == Kind::Get && nargs == 1) {
    if (!no_kwargs(name, kwnames)) return nullptr;
  } else if (!want(name, args, nargs, kwnames, want_n)) {
    return nullptr;
  }
  if ((d.kind == Kind::GetAttribute || d.kind == Kind::SetAttr || d.kind == Kind::DelAttr) &&
      !is_str(args[0])) {
    return raise(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  }
  switch (d.kind) {
    case Kind::Repr:
      return owner->repr(self);
    case Kind::Str:
      return owner->str(self);
    case Kind::Hash: {
      int64_t h = owner->hash(self);
      if (h == -1) return nullptr;
      return int_from_i64(h);
    }
    case Kind::Compare:
      return owner->richcompare(self, args[0], CompareOp(d.op));
    case Kind::Iter:
      return owner->iter(self);
    case Kind::Next: {
      Ref r = owner->iternext(self);
      if (!r && !err_occurred()) return raise_with_args(&Exc_StopIteration, empty_tuple());
      return r;
    }
    case Kind::Len: {
      ptrdiff_t len = owner->length(self);
      if (len < 0) return nullptr;
      return int_from_i64(len);
    }
    case Kind::GetItem:
      return owner->getitem(self, args[0]);
    case Kind::SetItem:
      return from_status(owner->setitem(self, args[0], args[1]));
    case Kind::DelItem:
      return from_status(owner->setitem(self, args[0], Value()));
    case Kind::Contains: {
      int r = owner->contains(self, args[0]);
      if (r < 0) return nullptr;
      return bool_ref(r);
    }
    case Kind::Binary:
      return n->binary[d.op](self, args[0]);
    case Kind::RBinary:
      return n->binary[d.op](args[0], self);
    case Kind::Inplace:
      return n->inplace[d.op](self, args[0]);
    case Kind::RPow:
      return n->binary[int(BinOp::Pow)](args[0], self);
    case Kind::Neg:
      return n->negative(self);
    case Kind::Pos:
      return n->positive(self);
    case Kind::Invert:
      return n->invert(self);
    case Kind::Abs:
      return n->absolute(self);
    case Kind::Bool: {
      int r = n->truthy(self);
      if (r < 0) return nullptr;
      return bool_ref(r);
    }
    case Kind::Int:
      return n->to_int(self);
    case Kind::Float:
      return n->to_float(self);
    case Kind::Index:
      return n->index(self);
    case Kind::Get: {
      Value obj = args[0].is(None()) ? Value() : args[0];
      return owner->descr_get(self, obj, nargs == 2 ? args[1] : Value());
    }
    case Kind::Set:
      return from_status(owner->descr_set(self, args[0], args[1]));
    case Kind::Delete:
      return from_status(owner->descr_set(self, args[0], Value()));
    case Kind::GetAttribute:
      return owner->getattr(self, args[0].as<Str>());
    case Kind::SetAttr:
      return from_status(owner->setattr(self, args[0].as<Str>(), args[1]));
    case Kind::DelAttr:
      return from_status(owner->setattr(self, args[0].as<Str>(), Value()));
    default:
      break;
  }
  return raise(&Exc_SystemError, "bad slot wrapper %s", name);
}

Ref wrapper_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* w = callable.as<SlotWrapper>();
  if (nargs == 0) {
    return raise(&Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                 w->owner->name);
  }
  if (!type_is_subtype(type_of(args[0]), w->owner)) {
    return raise(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                 w->def->name, w->owner->name, type_name(args[0]));
  }
  return dispatch(w->owner, *w->def, args[0], args + 1, nargs - 1, kwnames);
}

Ref wrapper_get(Value descr, Value obj, Value) {
  if (!obj) return Ref::dup(descr);
  auto* m = alloc_object<MethodWrapper>(&MethodWrapperType);
  if (!m) return nullptr;
  m->descr = Ref::dup(descr);
  m->self = Ref::dup(obj);
  return Ref::steal(m);
}

Ref wrapper_repr(Value v) {
  auto* w = v.as<SlotWrapper>();
  return str_printf("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

Ref method_wrapper_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* m = callable.as<MethodWrapper>();
  auto* w = m->descr.as<SlotWrapper>();
  return dispatch(w->owner, *w->def, m->self, args, nargs, kwnames);
}

Ref method_wrapper_repr(Value v) {
  auto* m = v.as<MethodWrapper>();
  auto* w = m->descr.as<SlotWrapper>();
  return str_printf("<method-wrapper '%s' of %s object at %p>", w->def->name, type_name(m->self),
                    static_cast<void*>(m->self.obj()));
}

Ref new_wrapper(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* owner = self.as<Type>();
  if (nargs == 0) return raise(&Exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
  Value sub = args[0];
  if (type_of(sub) != &TypeType && !(type_of(sub)->flags & kTpTypeSubclass)) {
    return raise(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                 type_name(sub));
  }
  if (!type_is_subtype(sub.as<Type>(), owner)) {
    return raise(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                 sub.as<Type>()->name, sub.as<Type>()->name, owner->name);
  }
  return owner->new_(sub.as<Type>(), args + 1, nargs - 1, kwnames);
}

const MethodDef kNewDef = {"__new__", new_wrapper};

}  // namespace

Type* slot_wrapper_owner(Value v) {
  Type* t = type_of(v);
  if (t == &SlotWrapperType) return v.as<SlotWrapper>()->owner;
  if (t == &BuiltinFunctionType && v.as<BuiltinFunction>()->def == &kNewDef) {
    return v.as<BuiltinFunction>()->self.as<Type>();
  }
  return nullptr;
}

int add_slot_wrappers(Type* t) {
  const Type* base = t->base;
  for (const SlotDef& d : kSlots) {
    const void* mine = slot_ptr(t, d);
    if (!mine || (base && slot_ptr(base, d) == mine)) continue;
    Str* name = intern(d.name);
    if (dict_get_str(t->dict, name)) continue;
    // Mutable containers are unhashable: CPython spells that __hash__ = None,
    // which is also what makes a subclass inherit the unhashability.
    if (d.kind == Kind::Hash && t->hash == hash_unhashable) {
      if (dict_set(t->dict, Value(name), None()) < 0) return -1;
      continue;
    }
    auto* w = alloc_object<SlotWrapper>(&SlotWrapperType);
    if (!w) return -1;
    w->owner = t;
    w->def = &d;
    Ref wr = Ref::steal(w);
    if (dict_set(t->dict, Value(name), wr) < 0) return -1;
  }
  if (t->new_ && (!base || base->new_ != t->new_)) {
    Ref f = new_builtin_function(&kNewDef, Value(t));
    if (!f || dict_set(t->dict, Value(intern("__new__")), f) < 0) return -1;
  }
  return 0;
}

static TypeRegistrar wrapper_reg(&SlotWrapperType, [](Type& t) {
  t.name = "wrapper_descriptor";
  t.basicsize = sizeof(SlotWrapper);
  t.dealloc = destroy_object<SlotWrapper>;
  t.call = wrapper_call;
  t.descr_get = wrapper_get;
  t.repr = wrapper_repr;
});
static TypeRegistrar method_wrapper_reg(&MethodWrapperType, [](Type& t) {
  t.name = "method-wrapper";
  t.basicsize = sizeof(MethodWrapper);
  t.dealloc = destroy_object<MethodWrapper>;
  t.call = method_wrapper_call;
  t.repr = method_wrapper_repr;
});

}  // namespace gp
