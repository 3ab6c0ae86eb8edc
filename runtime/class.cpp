// Heap types: type(name, bases, dict), __build_class__, the C3 MRO, instance
// layout and the slots that forward to dunder methods (see class.h).
#include "runtime/class.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <utility>

#include "interp/frame.h"
#include "interp/symtable.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/descriptor.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slot_wrapper.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Ref call_with_self(Value f, Value self, const Value* args, size_t nargs, Value kwnames) {
  size_t total = nargs + (kwnames ? kwnames.as<Tuple>()->size : 0);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = self;
  std::copy(args, args + total, buf + 1);
  return call(f, buf, nargs + 1, kwnames);
}

namespace {

// --- dunder names, interned once ---

constexpr int kNumBinOps = int(BinOp::Count);
const char* const kBinNames[kNumBinOps] = {"add", "sub", "mul",     "matmul", "truediv",
                                           "mod", "pow", "lshift",  "rshift", "or",
                                           "xor", "and", "floordiv"};
const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

struct Names {
  Str *repr, *str, *hash, *call, *iter, *next, *len, *getitem, *setitem, *delitem, *contains;
  Str *neg, *pos, *invert, *abs, *bool_, *int_, *float_, *index, *init, *new_;
  Str *get, *set, *delete_, *getattribute, *getattr, *setattr, *delattr;
  Str *eq, *module, *qualname, *doc, *slots, *dict, *weakref, *classcell, *init_subclass;
  Str *class_getitem, *set_name, *prepare, *metaclass, *name;
  Str* cmp[6];
  Str *op[kNumBinOps], *rop[kNumBinOps], *iop[kNumBinOps];
};

const Names& N() {
  static const Names n = [] {
    Names x{};
    x.repr = intern("__repr__");
    x.str = intern("__str__");
    x.hash = intern("__hash__");
    x.call = intern("__call__");
    x.iter = intern("__iter__");
    x.next = intern("__next__");
    x.len = intern("__len__");
    x.getitem = intern("__getitem__");
    x.setitem = intern("__setitem__");
    x.delitem = intern("__delitem__");
    x.contains = intern("__contains__");
    x.neg = intern("__neg__");
    x.pos = intern("__pos__");
    x.invert = intern("__invert__");
    x.abs = intern("__abs__");
    x.bool_ = intern("__bool__");
    x.int_ = intern("__int__");
    x.float_ = intern("__float__");
    x.index = intern("__index__");
    x.init = intern("__init__");
    x.new_ = intern("__new__");
    x.get = intern("__get__");
    x.set = intern("__set__");
    x.delete_ = intern("__delete__");
    x.getattribute = intern("__getattribute__");
    x.getattr = intern("__getattr__");
    x.setattr = intern("__setattr__");
    x.delattr = intern("__delattr__");
    x.eq = intern("__eq__");
    x.module = intern("__module__");
    x.qualname = intern("__qualname__");
    x.doc = intern("__doc__");
    x.slots = intern("__slots__");
    x.dict = intern("__dict__");
    x.weakref = intern("__weakref__");
    x.classcell = intern("__classcell__");
    x.init_subclass = intern("__init_subclass__");
    x.class_getitem = intern("__class_getitem__");
    x.set_name = intern("__set_name__");
    x.prepare = intern("__prepare__");
    x.metaclass = intern("metaclass");
    x.name = intern("__name__");
    for (int i = 0; i < 6; ++i) x.cmp[i] = intern(kCompareNames[i]);
    for (int i = 0; i < kNumBinOps; ++i) {
      std::string b = kBinNames[i];
      x.op[i] = intern("__" + b + "__");
      x.rop[i] = intern("__r" + b + "__");
      x.iop[i] = intern("__i" + b + "__");
    }
    return x;
  }();
  return n;
}

// --- calling dunders found on the type ---

// Calls `m`, found on type(self), as a method of self. Functions and method
// descriptors are called with self prepended (no bound method is made);
// other descriptors are bound first; plain objects are called as they are.
Ref call_found(Value m, Value self, const Value* args, size_t nargs, Value kwnames = Value()) {
  Type* mt = type_of(m);
  if (mt == &FunctionType || mt == &SlotWrapperType) {
    return call_with_self(m, self, args, nargs, kwnames);
  }
  if (TernaryFn get = mt->descr_get) {
    Ref bound = get(m, self, Value(type_of(self)));
    if (!bound) return nullptr;
    return call(bound, args, nargs, kwnames);
  }
  return call(m, args, nargs, kwnames);
}

// type(self).name(self, *args); null with *found false when the type has no
// such attribute (no exception set).
Ref call_special(Value self, Str* name, const Value* args, size_t nargs, bool* found) {
  Value m = type_lookup(type_of(self), name);
  *found = bool(m);
  if (!m) return nullptr;
  return call_found(m, self, args, nargs);
}

// Like call_special, but a missing method raises AttributeError(name), as
// CPython's slots do when only one of a pair (__setitem__/__delitem__) is
// defined.
Ref call_required(Value self, Str* name, const Value* args, size_t nargs) {
  bool found;
  Ref r = call_special(self, name, args, nargs, &found);
  if (!found) return raise(&Exc_AttributeError, "%s", name->data);
  return r;
}

Ref call_or_not_implemented(Value self, Str* name, Value other) {
  bool found;
  Ref r = call_special(self, name, &other, 1, &found);
  if (!found) return not_implemented_ref();
  return r;
}

// --- forwarding slots ---

Ref slot_repr(Value v) { return call_required(v, N().repr, nullptr, 0); }
Ref slot_str(Value v) { return call_required(v, N().str, nullptr, 0); }

int64_t slot_hash(Value v) {
  Value m = type_lookup(type_of(v), N().hash);
  if (!m || is_none(m)) return hash_unhashable(v);
  Ref r = call_found(m, v, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r)) {
    raise(&Exc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  return hash(r);
}

Ref slot_richcompare(Value a, Value b, CompareOp op) {
  return call_or_not_implemented(a, N().cmp[int(op)], b);
}

Ref slot_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value m = type_lookup(type_of(self), N().call);
  if (!m) return raise(&Exc_TypeError, "'%s' object is not callable", type_name(self));
  return call_found(m, self, args, nargs, kwnames);
}

Ref slot_iter(Value v) {
  Value m = type_lookup(type_of(v), N().iter);
  if (!m || is_none(m)) return raise(&Exc_TypeError, "'%s' object is not iterable", type_name(v));
  return call_found(m, v, nullptr, 0);
}

Ref slot_iternext(Value v) {
  Ref r = call_required(v, N().next, nullptr, 0);
  if (!r && err_matches(&Exc_StopIteration)) err_clear();
  return r;
}

ptrdiff_t slot_length(Value v) {
  Ref r = call_required(v, N().len, nullptr, 0);
  if (!r) return -1;
  ptrdiff_t n;
  if (!index_ssize(r, &n, &Exc_OverflowError)) return -1;
  if (n < 0) {
    raise(&Exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

int slot_truthy(Value v) {
  Ref r = call_required(v, N().bool_, nullptr, 0);
  if (!r) return -1;
  if (type_of(r) != &BoolType) {
    raise(&Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
    return -1;
  }
  return r.get().is(True());
}

Ref slot_getitem(Value obj, Value key) { return call_required(obj, N().getitem, &key, 1); }

int slot_setitem(Value obj, Value key, Value v) {
  Value args[2] = {key, v};
  Ref r = v ? call_required(obj, N().setitem, args, 2) : call_required(obj, N().delitem, args, 1);
  return r ? 0 : -1;
}

int slot_contains(Value obj, Value item) {
  Value m = type_lookup(type_of(obj), N().contains);
  if (!m || is_none(m)) {
    raise(&Exc_TypeError, "argument of type '%s' is not iterable", type_name(obj));
    return -1;
  }
  Ref r = call_found(m, obj, &item, 1);
  return r ? truthy(r) : -1;
}

bool is_user_override(Value m) { return m && !slot_wrapper_owner(m); }

// __getattribute__ then, on AttributeError, __getattr__.
Ref slot_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value ga = type_lookup(t, N().getattribute);
  Value nv(name);
  Ref r;
  if (is_user_override(ga)) {
    r = call_found(ga, obj, &nv, 1);
  } else {
    Type* owner = ga ? slot_wrapper_owner(ga) : nullptr;
    r = owner && owner->getattr ? owner->getattr(obj, name) : generic_getattr(obj, name);
  }
  if (r || !err_matches(&Exc_AttributeError)) return r;
  Value hook = type_lookup(t, N().getattr);
  if (!hook) return r;
  err_clear();
  return call_found(hook, obj, &nv, 1);
}

int slot_setattr(Value obj, Str* name, Value v) {
  Value args[2] = {Value(name), v};
  Ref r = v ? call_required(obj, N().setattr, args, 2) : call_required(obj, N().delattr, args, 1);
  return r ? 0 : -1;
}

Ref slot_descr_get(Value descr, Value obj, Value type) {
  Value args[2] = {obj ? obj : None(), type ? type : None()};
  return call_required(descr, N().get, args, 2);
}

int slot_descr_set(Value descr, Value obj, Value v) {
  Value args[2] = {obj, v};
  Ref r = v ? call_required(descr, N().set, args, 2) : call_required(descr, N().delete_, args, 1);
  return r ? 0 : -1;
}

int slot_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value m = type_lookup(type_of(self), N().init);
  Ref r = call_found(m, self, args, nargs, kwnames);
  if (!r) return -1;
  if (!is_none(r)) {
    raise(&Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    return -1;
  }
  return 0;
}

Ref slot_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value m = type_lookup(t, N().new_);
  Ref f = type_of(m)->descr_get ? type_of(m)->descr_get(m, Value(), Value(t)) : Ref::dup(m);
  if (!f) return nullptr;
  return call_with_self(f, Value(t), args, nargs, kwnames);
}

Ref unary(Value v, Str* name) { return call_required(v, name, nullptr, 0); }
Ref slot_neg(Value v) { return unary(v, N().neg); }
Ref slot_pos(Value v) { return unary(v, N().pos); }
Ref slot_invert(Value v) { return unary(v, N().invert); }
Ref slot_abs(Value v) { return unary(v, N().abs); }

Ref slot_index(Value v) {
  Ref r = unary(v, N().index);
  if (r && !is_int(r))
    return raise(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return r;
}

Ref slot_to_int(Value v) {
  Ref r = unary(v, N().int_);
  if (r && !is_int(r))
    return raise(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
  return r;
}

Ref slot_to_float(Value v) {
  Ref r = unary(v, N().float_);
  if (r && !has_flag(r, kTpFloatSubclass)) {
    return raise(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(v),
                 type_name(r));
  }
  return r;
}

// a OP b for a class defining __op__/__rop__ (CPython's SLOT1BINFULL): the
// same slot function serves the left operand (calling a.__op__) and the
// right one (b.__rop__), and a subclass's overriding __rop__ goes first.
template <int Op>
Ref slot_binary(Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Str* op = N().op[Op];
  Str* rop = N().rop[Op];
  BinaryFn self_fn = slot_binary<Op>;
  bool do_other = ta != tb && tb->number && tb->number->binary[Op] == self_fn;
  if (ta->number && ta->number->binary[Op] == self_fn) {
    if (do_other && type_is_subtype(tb, ta) && !type_lookup(tb, rop).is(type_lookup(ta, rop))) {
      Ref r = call_or_not_implemented(b, rop, a);
      if (!r || !r.get().is(NotImplemented())) return r;
      do_other = false;
    }
    Ref r = call_or_not_implemented(a, op, b);
    if (!r || !r.get().is(NotImplemented()) || ta == tb) return r;
  }
  if (do_other) return call_or_not_implemented(b, rop, a);
  return not_implemented_ref();
}

template <int Op>
Ref slot_inplace(Value a, Value b) {
  return call_or_not_implemented(a, N().iop[Op], b);
}

template <int... Ops>
constexpr std::array<BinaryFn, sizeof...(Ops)> binary_table(std::integer_sequence<int, Ops...>) {
  return {slot_binary<Ops>...};
}
template <int... Ops>
constexpr std::array<BinaryFn, sizeof...(Ops)> inplace_table(std::integer_sequence<int, Ops...>) {
  return {slot_inplace<Ops>...};
}
constexpr auto kSlotBinary = binary_table(std::make_integer_sequence<int, kNumBinOps>());
constexpr auto kSlotInplace = inplace_table(std::make_integer_sequence<int, kNumBinOps>());

// pow(a, b, mod) with a modulus; the two-argument form goes through the
// binary slot.
Ref slot_power(Value a, Value b, Value mod) {
  if (is_none(mod)) return kSlotBinary[int(BinOp::Pow)](a, b);
  if (type_of(a)->number->power != slot_power) return not_implemented_ref();
  Value args[2] = {b, mod};
  bool found;
  Ref r = call_special(a, N().op[int(BinOp::Pow)], args, 2, &found);
  if (!found) return not_implemented_ref();
  return r;
}

void subtype_dealloc(Object* o);

// --- deriving slots from the MRO ---

// What the MRO says about a group of dunders that share one slot: the first
// class defining any of them either is a builtin whose slot is inherited
// (`owner`), or defines one in Python (`user`).
struct Pick {
  bool user = false;
  Type* owner = nullptr;
  Value value;  // what the first name found resolved to
};

Pick pick(Type* t, std::initializer_list<Str*> names) {
  Pick p;
  for (Value k : *t->mro.as<Tuple>()) {
    Value dict = k.as<Type>()->dict;
    for (Str* n : names) {
      Value v = dict_get_str(dict, n);
      if (!v) continue;
      p.value = v;
      p.owner = slot_wrapper_owner(v);
      p.user = !p.owner;
      return p;
    }
  }
  return p;
}

template <class F>
void set_slot(F& slot, const Pick& p, F forward, F Type::*field) {
  slot = p.user ? forward : p.owner ? p.owner->*field : nullptr;
}

template <class F>
void set_number_slot(F& slot, const Pick& p, F forward, F NumberSlots::*field) {
  slot = p.user ? forward : (p.owner && p.owner->number) ? p.owner->number->*field : nullptr;
}

void derive_slots(HeapType* t) {
  const Names& n = N();
  set_slot(t->repr, pick(t, {n.repr}), slot_repr, &Type::repr);
  Pick s = pick(t, {n.str});
  // int and float print their repr: like CPython's, whose int has no
  // __str__, they then show a subclass's __repr__.
  if (s.owner && s.owner->str == s.owner->repr) s.owner = nullptr;
  set_slot(t->str, s, slot_str, &Type::str);
  Pick h = pick(t, {n.hash});
  if (h.user && is_none(h.value)) {
    t->hash = hash_unhashable;
  } else {
    set_slot(t->hash, h, slot_hash, &Type::hash);
  }
  set_slot(t->richcompare, pick(t, {n.cmp[0], n.cmp[1], n.cmp[2], n.cmp[3], n.cmp[4], n.cmp[5]}),
           slot_richcompare, &Type::richcompare);
  Pick ga = pick(t, {n.getattribute});
  if (type_lookup(t, n.getattr)) ga.user = true;
  set_slot(t->getattr, ga, slot_getattr, &Type::getattr);
  set_slot(t->setattr, pick(t, {n.setattr, n.delattr}), slot_setattr, &Type::setattr);
  set_slot(t->call, pick(t, {n.call}), slot_call, &Type::call);
  set_slot(t->iter, pick(t, {n.iter}), slot_iter, &Type::iter);
  set_slot(t->iternext, pick(t, {n.next}), slot_iternext, &Type::iternext);
  set_slot(t->length, pick(t, {n.len}), slot_length, &Type::length);
  set_slot(t->getitem, pick(t, {n.getitem}), slot_getitem, &Type::getitem);
  set_slot(t->setitem, pick(t, {n.setitem, n.delitem}), slot_setitem, &Type::setitem);
  set_slot(t->contains, pick(t, {n.contains}), slot_contains, &Type::contains);
  set_slot(t->descr_get, pick(t, {n.get}), slot_descr_get, &Type::descr_get);
  set_slot(t->descr_set, pick(t, {n.set, n.delete_}), slot_descr_set, &Type::descr_set);
  set_slot(t->init, pick(t, {n.init}), slot_init, &Type::init);
  set_slot(t->new_, pick(t, {n.new_}), slot_new, &Type::new_);

  NumberSlots& num = t->number_slots;
  for (int i = 0; i < kNumBinOps; ++i) {
    Pick b = pick(t, {n.op[i], n.rop[i]});
    num.binary[i] = b.user                         ? kSlotBinary[i]
                    : (b.owner && b.owner->number) ? b.owner->number->binary[i]
                                                   : nullptr;
    Pick in = pick(t, {n.iop[i]});
    num.inplace[i] = in.user                          ? kSlotInplace[i]
                     : (in.owner && in.owner->number) ? in.owner->number->inplace[i]
                                                      : nullptr;
  }
  set_number_slot(num.power, pick(t, {n.op[int(BinOp::Pow)]}), slot_power, &NumberSlots::power);
  set_number_slot(num.negative, pick(t, {n.neg}), slot_neg, &NumberSlots::negative);
  set_number_slot(num.positive, pick(t, {n.pos}), slot_pos, &NumberSlots::positive);
  set_number_slot(num.invert, pick(t, {n.invert}), slot_invert, &NumberSlots::invert);
  set_number_slot(num.absolute, pick(t, {n.abs}), slot_abs, &NumberSlots::absolute);
  set_number_slot(num.truthy, pick(t, {n.bool_}), slot_truthy, &NumberSlots::truthy);
  set_number_slot(num.to_int, pick(t, {n.int_}), slot_to_int, &NumberSlots::to_int);
  set_number_slot(num.to_float, pick(t, {n.float_}), slot_to_float, &NumberSlots::to_float);
  set_number_slot(num.index, pick(t, {n.index}), slot_index, &NumberSlots::index);
  t->number = &t->number_slots;
}

bool is_slot_dunder(Str* name) {
  std::string_view s = name->view();
  return s.size() > 4 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__";
}

void rederive(HeapType* t) {
  derive_slots(t);
  for (HeapType* sub : t->subclasses) rederive(sub);
}

// --- instances ---

Type* builtin_base(Type* t) {
  while (is_heap_type(t)) t = t->base;
  return t;
}

// Runs __del__ on an object whose count reached zero, keeping it alive for
// the call. An exception is reported as CPython does ("Exception ignored
// in: ...") and never propagates; one already propagating is preserved.
// Returns true when __del__ stored a new reference (resurrection).
bool run_finalizer(Object* o, Value del) {
  resurrect_start(o);
  Ref pending = err_fetch();
  if (!call1(del, Value(o))) {
    Ref exc = err_fetch();
    Ref where = repr(del);
    std::fprintf(stderr, "Exception ignored in: %s\n",
                 where ? where.as<Str>()->data : "<finalizer>");
    err_clear();
    std::fflush(stderr);
    print_exception(exc);
  }
  err_restore(std::move(pending));
  return resurrect_end(o);
}

void subtype_dealloc(Object* o) {
  Type* t = o->type;
  static Str* const kDel = intern("__del__");
  if (Value del = type_lookup(t, kDel); del && run_finalizer(o, del)) return;
  for (Type* k = t; is_heap_type(k); k = k->base) {
    for (ptrdiff_t off : static_cast<HeapType*>(k)->own_fields) {
      Ref dropped = std::move(*instance_field(o, off));
    }
  }
  Type* b = builtin_base(t);
  if (b->dealloc) {
    b->dealloc(o);
  } else {
    gp_free(o);
  }
}

// --- the MRO ---

// C3 linearisation of t over its bases; raises CPython's TypeError when the
// bases admit no consistent order.
Ref c3_mro(Type* t, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  for (Value b : *bases) {
    std::vector<Type*> s;
    for (Value k : *b.as<Type>()->mro.as<Tuple>()) s.push_back(k.as<Type>());
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> direct;
  for (Value b : *bases) direct.push_back(b.as<Type>());
  seqs.push_back(std::move(direct));
  std::vector<size_t> pos(seqs.size(), 0);
  std::vector<Type*> out = {t};
  auto in_tail = [&](Type* c) {
    for (size_t i = 0; i < seqs.size(); ++i) {
      for (size_t j = pos[i] + 1; j < seqs[i].size(); ++j) {
        if (seqs[i][j] == c) return true;
      }
    }
    return false;
  };
  for (;;) {
    Type* next = nullptr;
    bool empty = true;
    for (size_t i = 0; i < seqs.size() && !next; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      empty = false;
      if (!in_tail(seqs[i][pos[i]])) next = seqs[i][pos[i]];
    }
    if (empty) break;
    if (!next) {
      std::vector<Type*> heads;
      std::string names;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* h = seqs[i][pos[i]];
        if (std::find(heads.begin(), heads.end(), h) != heads.end()) continue;
        heads.push_back(h);
        if (!names.empty()) names += ", ";
        names += h->name;
      }
      return raise(&Exc_TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                   names.c_str());
    }
    out.push_back(next);
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == next) ++pos[i];
    }
  }
  Tuple* mro = tuple_alloc(out.size());
  if (!mro) return nullptr;
  for (size_t i = 0; i < out.size(); ++i) tuple_set(mro, i, Ref::dup(Value(out[i])));
  return Ref::steal(mro);
}

// --- layout ---

// The class whose instance layout t's instances extend: builtins that add C
// fields, and classes with nonempty __slots__.
Type* solid_base(Type* t) {
  for (;;) {
    if (is_heap_type(t)) {
      if (static_cast<HeapType*>(t)->has_members) return t;
    } else if (!t->base || t->basicsize != t->base->basicsize || t->itemsize != t->base->itemsize) {
      return t;
    }
    t = t->base;
  }
}

// The base whose layout the new class extends (CPython's best_base); raises
// the "lay-out conflict" TypeError when the bases' layouts are incompatible.
Type* best_base(Tuple* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (Value b : *bases) {
    Type* bt = b.as<Type>();
    if (!(bt->flags & kTpBaseType)) {
      raise(&Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
      return nullptr;
    }
    Type* s = solid_base(bt);
    if (!winner || type_is_subtype(s, winner)) {
      if (!winner || s != winner) base = bt;
      winner = s;
    } else if (!type_is_subtype(winner, s)) {
      raise(&Exc_TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// Reserves one Ref field after t's current layout; returns its offset.
ptrdiff_t add_field(HeapType* t) {
  size_t at = t->basicsize;
  t->basicsize += sizeof(Ref);
  ptrdiff_t off;
  if (t->items_end) {
    off = -1 - ptrdiff_t(at - builtin_base(t)->basicsize);
  } else {
    off = ptrdiff_t(at);
  }
  t->own_fields.push_back(off);
  return off;
}

bool is_identifier(Str* s) {
  if (!s->size) return false;
  for (size_t i = 0; i < s->size; ++i) {
    unsigned char c = static_cast<unsigned char>(s->data[i]);
    bool ok = c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// __x in a class body names _Class__x, also in __slots__.
Ref mangle(Type* t, Str* name) {
  std::string m = symtable::mangle(t->name, std::string(name->view()));
  return Ref::dup(Value(intern(m)));
}

// Lays out t's instances: __slots__ members and the __dict__ after the base.
int layout_instances(HeapType* t) {
  Type* base = t->base;
  t->basicsize = base->basicsize;
  t->itemsize = base->itemsize;
  t->dictoffset = base->dictoffset;
  t->items_end = base->items_end;
  bool is_meta = base->flags & kTpTypeSubclass;  // type objects keep attributes in t->dict
  bool want_dict = !is_meta;
  Value slots = dict_get_str(t->dict, N().slots);
  if (slots) {
    want_dict = false;
    Ref names = is_str(slots) ? new_tuple({slots}) : tuple_from_iterable(slots);
    if (!names) return -1;
    std::vector<Ref> members;
    for (Value s : *names.as<Tuple>()) {
      if (!is_str(s)) {
        raise(&Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(s));
        return -1;
      }
      if (!is_identifier(s.as<Str>())) {
        raise(&Exc_TypeError, "__slots__ must be identifiers");
        return -1;
      }
      if (s.as<Str>()->view() == "__dict__") {
        if (base->dictoffset || want_dict) {
          raise(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
          return -1;
        }
        want_dict = true;
        continue;
      }
      if (s.as<Str>()->view() == "__weakref__") continue;
      Ref m = mangle(t, s.as<Str>());
      if (dict_get(t->dict, m)) {
        raise(&Exc_ValueError, "'%s' in __slots__ conflicts with class variable",
              s.as<Str>()->data);
        return -1;
      }
      members.push_back(std::move(m));
    }
    if (!members.empty() &&
        (base->flags & (kTpIntSubclass | kTpTupleSubclass | kTpBytesSubclass))) {
      raise(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
      return -1;
    }
    t->has_members = !members.empty();
    for (Ref& m : members) {
      Ref d = new_member_descr(m.as<Str>(), t, add_field(t));
      if (!d || dict_set(t->dict, m, d) < 0) return -1;
    }
  }
  if (want_dict && !t->dictoffset && (!t->itemsize || t->items_end)) {
    t->dictoffset = add_field(t);
  }
  return 0;
}

// --- creating the class ---

Type* metaclass_of(Value base) { return type_of(base); }

// The most derived of `meta` and the metaclasses of the bases.
Type* calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (Value b : *bases) {
    Type* bm = metaclass_of(b);
    if (type_is_subtype(winner, bm)) continue;
    if (type_is_subtype(bm, winner)) {
      winner = bm;
      continue;
    }
    raise(&Exc_TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// Class-body functions that CPython wraps implicitly.
int wrap_implicit(Value dict, Str* name, Ref (*wrap)(Value)) {
  Value v = dict_get_str(dict, name);
  if (!v || !is_function(v)) return 0;
  Ref w = wrap(v);
  return w ? dict_set(dict, Value(name), w) : -1;
}

// Fills the namespace-derived fields: __module__, __qualname__, __doc__,
// the __class__ cell.
int take_namespace(HeapType* t) {
  const Names& n = N();
  Value dict = t->dict;
  if (!dict_get_str(dict, n.module)) {
    Frame* f = tstate()->frame;
    Value mod = f ? dict_get_str(f->globals, n.name) : Value();
    if (mod && dict_set(dict, Value(n.module), mod) < 0) return -1;
  }
  if (Value mod = dict_get_str(dict, n.module)) t->module_name = Ref::dup(mod);
  if (Value q = dict_get_str(dict, n.qualname)) {
    if (!is_str(q)) {
      raise(&Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(q));
      return -1;
    }
    t->qualname = Ref::dup(q);
    if (dict_del(dict, Value(n.qualname)) < 0) return -1;
  } else {
    t->qualname = t->name_ref.dup();
  }
  if (!dict_get_str(dict, n.doc) && dict_set(dict, Value(n.doc), None()) < 0) return -1;
  if (Value cell = dict_get_str(dict, n.classcell)) {
    if (type_of(cell) != &CellType) {
      raise(&Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", type_name(cell));
      return -1;
    }
    cell.as<Cell>()->ref = Ref::dup(Value(t));
    if (dict_del(dict, Value(n.classcell)) < 0) return -1;
  }
  if (wrap_implicit(dict, n.new_, new_staticmethod) < 0 ||
      wrap_implicit(dict, n.init_subclass, new_classmethod) < 0 ||
      wrap_implicit(dict, n.class_getitem, new_classmethod) < 0) {
    return -1;
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_get_str(dict, n.eq) && !dict_get_str(dict, n.hash)) {
    return dict_set(dict, Value(n.hash), None());
  }
  return 0;
}

// Calls __set_name__(t, name) on every attribute whose type defines it.
int set_names(HeapType* t) {
  Ref items = dict_copy(t->dict);
  if (!items) return -1;
  size_t pos = 0;
  Value k, v;
  while (dict_next(items, &pos, &k, &v)) {
    Value hook = type_lookup(type_of(v), N().set_name);
    if (!hook) continue;
    Value args[2] = {Value(t), k};
    if (call_found(hook, v, args, 2)) continue;
    Ref cause = err_fetch();
    Ref kr = repr(k);
    if (!kr) return -1;
    raise(&Exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", type_name(v),
          kr.as<Str>()->data, t->name);
    Ref err = err_fetch();
    auto* e = err.as<ExceptionObject>();
    e->context = cause.dup();
    e->cause = std::move(cause);
    e->suppress_context = true;
    err_restore(std::move(err));
    return -1;
  }
  return 0;
}

int init_subclass(HeapType* t, const Value* kwargs, Value kwnames) {
  Ref f = super_lookup(t, Value(t), t, N().init_subclass);
  if (!f) return err_occurred() ? -1 : 0;
  Ref r = call(f, kwargs, 0, kwnames);
  return r ? 0 : -1;
}

}  // namespace

Ref type_new(Type* meta, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 3) {
    return raise(&Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
  }
  const char* const kArgTypes[] = {"str", "tuple", "dict"};
  const bool ok[] = {is_str(args[0]), is_tuple(args[1]), is_dict(args[2])};
  for (int i = 0; i < 3; ++i) {
    if (!ok[i]) {
      return raise(&Exc_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1,
                   kArgTypes[i], type_name(args[i]));
    }
  }
  Tuple* given = args[1].as<Tuple>();
  Type* winner = calculate_metaclass(meta, given);
  if (!winner) return nullptr;
  if (winner != meta && winner->new_ != type_new) return winner->new_(winner, args, nargs, kwnames);
  meta = winner;
  Ref bases = given->size ? Ref::dup(args[1]) : new_tuple({Value(&ObjectType)});
  if (!bases) return nullptr;
  Tuple* bt = bases.as<Tuple>();
  for (size_t i = 0; i < bt->size; ++i) {
    if (!is_type_object(bt->items[i])) return raise(&Exc_TypeError, "bases must be types");
    for (size_t j = 0; j < i; ++j) {
      if (bt->items[j].is(bt->items[i])) {
        return raise(&Exc_TypeError, "duplicate base class %s", bt->items[i].as<Type>()->name);
      }
    }
  }
  Type* base = best_base(bt);
  if (!base) return nullptr;

  auto* t = alloc_object<HeapType>(meta, std::max(sizeof(HeapType), meta->basicsize));
  if (!t) return nullptr;
  make_immortal(t);
  Ref tref = Ref::steal(t);
  t->name_ref = Ref::dup(args[0]);
  t->name = t->name_ref.as<Str>()->data;
  t->base = base;
  t->bases = std::move(bases);
  t->dict = dict_copy(args[2]);
  if (!t->dict || take_namespace(t) < 0) return nullptr;
  t->flags = kTpHeapType | kTpBaseType;
  constexpr uint32_t kInherited = kTpIntSubclass | kTpFloatSubclass | kTpStrSubclass |
                                  kTpBytesSubclass | kTpTupleSubclass | kTpListSubclass |
                                  kTpDictSubclass | kTpTypeSubclass | kTpExcSubclass;
  for (Value b : *bt) t->flags |= b.as<Type>()->flags & kInherited;
  t->mro = c3_mro(t, bt);
  if (!t->mro || layout_instances(t) < 0) return nullptr;
  t->dealloc = subtype_dealloc;
  derive_slots(t);
  t->ready = true;
  for (Value b : *bt) {
    if (is_heap_type(b.as<Type>())) static_cast<HeapType*>(b.as<Type>())->subclasses.push_back(t);
  }
  if (set_names(t) < 0 || init_subclass(t, args + nargs, kwnames) < 0) return nullptr;
  return tref;
}

int heap_type_attr_changed(Type* t, Str* name) {
  if (is_slot_dunder(name)) rederive(static_cast<HeapType*>(t));
  return 0;
}

Ref build_class(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 2) return raise(&Exc_TypeError, "__build_class__: not enough arguments");
  if (!is_function(args[0]))
    return raise(&Exc_TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) return raise(&Exc_TypeError, "__build_class__: name is not a string");
  Ref bases = new_tuple_from(args + 2, nargs - 2);
  if (!bases) return nullptr;
  // Keywords other than metaclass go to __prepare__, the metaclass call and
  // __init_subclass__.
  Value meta;
  std::vector<Value> kwvalues;
  std::vector<Value> kwkeys;
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    Value k = kwnames.as<Tuple>()->items[i];
    if (k.as<Str>() == N().metaclass) {
      meta = args[nargs + i];
    } else {
      kwkeys.push_back(k);
      kwvalues.push_back(args[nargs + i]);
    }
  }
  Ref kw_names;
  if (!kwkeys.empty()) {
    kw_names = new_tuple_from(kwkeys.data(), kwkeys.size());
    if (!kw_names) return nullptr;
  }
  Tuple* bt = bases.as<Tuple>();
  if (!meta) meta = bt->size ? Value(metaclass_of(bt->items[0])) : Value(&TypeType);
  if (is_type_object(meta)) {
    Type* w = calculate_metaclass(meta.as<Type>(), bt);
    if (!w) return nullptr;
    meta = Value(w);
  }
  std::vector<Value> call_args = {args[1], bases};
  call_args.insert(call_args.end(), kwvalues.begin(), kwvalues.end());
  Ref ns;
  Ref prepare = getattr_opt(meta, Value(N().prepare));
  if (prepare) {
    ns = call(prepare, call_args.data(), 2, kw_names);
    if (!ns) return nullptr;
    if (!is_dict(ns) && !type_of(ns)->getitem) {
      return raise(&Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                   is_type_object(meta) ? meta.as<Type>()->name : "<metaclass>", type_name(ns));
    }
  } else {
    if (err_occurred()) return nullptr;
    ns = new_dict();
    if (!ns) return nullptr;
  }
  Ref cell = function_call_with_locals(args[0], ns);
  if (!cell) return nullptr;
  call_args.insert(call_args.begin() + 2, ns);
  Ref cls = call(meta, call_args.data(), 3, kw_names);
  if (!cls || type_of(cell) != &CellType) return cls;
  Value inner = cell.as<Cell>()->ref;
  if (inner.is(cls)) return cls;
  Ref cr = repr(cls);
  if (!cr) return nullptr;
  if (!inner) {
    return raise(&Exc_RuntimeError,
                 "__class__ not set defining '%s' as %s. Was __classcell__ propagated to "
                 "type.__new__?",
                 args[1].as<Str>()->data, cr.as<Str>()->data);
  }
  Ref ir = repr(inner);
  if (!ir) return nullptr;
  return raise(&Exc_TypeError, "__class__ set to %s defining '%s' as %s", ir.as<Str>()->data,
               args[1].as<Str>()->data, cr.as<Str>()->data);
}

}  // namespace gp
