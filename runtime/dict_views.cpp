// dict views (keys/values/items) and the six dict iterators.
//
// A view only holds its dict; every operation reads the live table. keys()
// and items() views are set-like: comparisons and & | - ^ build sets (the
// operands may come in either order, as the binary slots are also called
// reflected). An iterator remembers the dict's size when it started and
// raises RuntimeError if the size changes, so a loop that inserts or deletes
// fails loudly instead of skipping or repeating keys.
//
// The items iterator reuses its result tuple when the caller has already
// dropped it (refcount 1, so nobody can observe the change): `for k, v in
// d.items()` then allocates nothing per step.
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type DictKeysType;
Type DictValuesType;
Type DictItemsType;
Type DictKeyIterType;
Type DictValueIterType;
Type DictItemIterType;
Type DictRevKeyIterType;
Type DictRevValueIterType;
Type DictRevItemIterType;

namespace {

struct DictView : Object {
  Ref dict;
};

struct DictIter : Object {
  Ref dict;       // null once exhausted
  ptrdiff_t pos;  // next entry to look at
  size_t used;    // the dict's size when iteration started
  size_t left;    // items still to produce
  Ref result;     // items iterators: the tuple last returned
};

Type* const kViewTypes[] = {&DictKeysType, &DictValuesType, &DictItemsType};
Type* const kIterTypes[2][3] = {
    {&DictKeyIterType, &DictValueIterType, &DictItemIterType},
    {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType},
};

Dict* view_dict(Value v) { return v.as<DictView>()->dict.as<Dict>(); }

template <DictIterKind K, bool Rev>
Ref dictiter_next(Value v) {
  DictIter* it = v.as<DictIter>();
  Dict* d = it->dict.as<Dict>();
  if (!d) return nullptr;
  if (GP_UNLIKELY(d->used != it->used)) {
    it->used = SIZE_MAX;  // keep failing, as CPython does
    return raise(&Exc_RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = nullptr;
  if constexpr (!Rev) {
    ptrdiff_t n = ptrdiff_t(d->nentries);
    while (it->pos < n && !d->entries[it->pos].key) ++it->pos;
    if (it->pos < n) e = &d->entries[it->pos++];
  } else {
    if (it->pos >= ptrdiff_t(d->nentries)) it->pos = ptrdiff_t(d->nentries) - 1;
    while (it->pos >= 0 && !d->entries[it->pos].key) --it->pos;
    if (it->pos >= 0) e = &d->entries[it->pos--];
  }
  if (!e) {
    it->dict.reset();
    return nullptr;
  }
  if (GP_UNLIKELY(it->left == 0)) {
    it->used = SIZE_MAX;
    return raise(&Exc_RuntimeError, "dictionary keys changed during iteration");
  }
  --it->left;
  if constexpr (K == DictIterKind::Keys) return Ref::dup(e->key);
  if constexpr (K == DictIterKind::Values) return Ref::dup(e->value);
  Ref kv[2] = {Ref::dup(e->key), Ref::dup(e->value)};
  return tuple_recycle(&it->result, kv, 2);
}

void dictiter_dealloc(Object* o) { destroy_object<DictIter>(o); }

// --- views ---

ptrdiff_t view_length(Value v) { return ptrdiff_t(view_dict(v)->used); }

DictIterKind view_kind(Value v) {
  Type* t = type_of(v);
  if (t == &DictKeysType) return DictIterKind::Keys;
  if (t == &DictValuesType) return DictIterKind::Values;
  return DictIterKind::Items;
}

Ref view_iter(Value v) { return dict_iter(v.as<DictView>()->dict, view_kind(v), false); }

int keys_contains(Value v, Value key) { return dict_contains(v.as<DictView>()->dict, key); }

int items_contains(Value v, Value item) {
  if (!is_tuple(item) || item.as<Tuple>()->size != 2) return 0;
  Value* kv = item.as<Tuple>()->items;
  Value val = dict_get(v.as<DictView>()->dict, kv[0]);
  if (!val) return err_occurred() ? -1 : 0;
  Ref held = Ref::dup(val);
  return equal(held, kv[1]);
}

Ref view_repr(Value v) {
  int r = repr_enter(v);
  if (r < 0) return nullptr;
  if (r > 0) return new_str("...");
  Ref items = list_from_iterable(v);
  Ref s = items ? repr(items) : Ref();
  repr_leave(v);
  if (!s) return nullptr;
  std::string out = type_of(v)->name;
  out += '(';
  out += s.as<Str>()->view();
  out += ')';
  return new_str(out);
}

bool is_setlike_view(Value v) {
  Type* t = type_of(v);
  return t == &DictKeysType || t == &DictItemsType;
}

// Whether every item of `a` is in `b`: 1, 0, -1.
int all_contained_in(Value a, Value b) {
  Ref it = get_iter(a);
  if (!it) return -1;
  while (Ref x = iter_next(it)) {
    int c = contains(b, x);
    if (c <= 0) return c;
  }
  return err_occurred() ? -1 : 1;
}

Ref view_richcompare(Value a, Value b, CompareOp op) {
  if (!is_setlike_view(a) || !(is_anyset(b) || is_setlike_view(b))) return not_implemented_ref();
  ptrdiff_t la = length(a), lb = length(b);
  if (la < 0 || lb < 0) return nullptr;
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = la == lb ? all_contained_in(a, b) : 0;
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Lt:
      r = la < lb ? all_contained_in(a, b) : 0;
      break;
    case CompareOp::Le:
      r = la <= lb ? all_contained_in(a, b) : 0;
      break;
    case CompareOp::Gt:
      r = la > lb ? all_contained_in(b, a) : 0;
      break;
    case CompareOp::Ge:
      r = la >= lb ? all_contained_in(b, a) : 0;
      break;
  }
  if (r < 0) return nullptr;
  return bool_ref(r);
}

template <BinOp Op>
Ref view_setop(Value a, Value b) {
  return set_from_op(a, b, Op);
}

Ref view_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(type_of(self), "__reversed__", kwnames, nargs, 0, 0)) return nullptr;
  return dict_iter(self.as<DictView>()->dict, view_kind(self), true);
}

Ref view_isdisjoint(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(type_of(self), "isdisjoint", kwnames, nargs, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Ref x = iter_next(it)) {
    int c = contains(self, x);
    if (c < 0) return nullptr;
    if (c) return bool_ref(false);
  }
  if (err_occurred()) return nullptr;
  return bool_ref(true);
}

const MethodDef setlike_view_methods[] = {
    {"__reversed__", view_reversed},
    {"isdisjoint", view_isdisjoint},
    {nullptr, nullptr},
};

const MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};

NumberSlots setlike_view_number;

void setup_view(Type& t, const char* name) {
  t.name = name;
  t.basicsize = sizeof(DictView);
  t.base = &ObjectType;
  t.dealloc = destroy_object<DictView>;
  t.repr = view_repr;
  t.iter = view_iter;
  t.length = view_length;
}

void setup_setlike_view(Type& t, const char* name) {
  setup_view(t, name);
  t.hash = hash_unhashable;
  t.richcompare = view_richcompare;
  setlike_view_number.binary[int(BinOp::And)] = view_setop<BinOp::And>;
  setlike_view_number.binary[int(BinOp::Or)] = view_setop<BinOp::Or>;
  setlike_view_number.binary[int(BinOp::Sub)] = view_setop<BinOp::Sub>;
  setlike_view_number.binary[int(BinOp::Xor)] = view_setop<BinOp::Xor>;
  t.number = &setlike_view_number;
  t.methods = setlike_view_methods;
}

void setup_iter(Type& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(DictIter);
  t.base = &ObjectType;
  t.dealloc = dictiter_dealloc;
  t.iter = iter_self;
  t.iternext = next;
}

TypeRegistrar keys_reg(&DictKeysType, [](Type& t) {
  setup_setlike_view(t, "dict_keys");
  t.contains = keys_contains;
});
TypeRegistrar items_reg(&DictItemsType, [](Type& t) {
  setup_setlike_view(t, "dict_items");
  t.contains = items_contains;
});
TypeRegistrar values_reg(&DictValuesType, [](Type& t) {
  setup_view(t, "dict_values");
  t.methods = values_view_methods;
});

TypeRegistrar ki_reg(&DictKeyIterType, [](Type& t) {
  setup_iter(t, "dict_keyiterator", dictiter_next<DictIterKind::Keys, false>);
});
TypeRegistrar vi_reg(&DictValueIterType, [](Type& t) {
  setup_iter(t, "dict_valueiterator", dictiter_next<DictIterKind::Values, false>);
});
TypeRegistrar ii_reg(&DictItemIterType, [](Type& t) {
  setup_iter(t, "dict_itemiterator", dictiter_next<DictIterKind::Items, false>);
});
TypeRegistrar rki_reg(&DictRevKeyIterType, [](Type& t) {
  setup_iter(t, "dict_reversekeyiterator", dictiter_next<DictIterKind::Keys, true>);
});
TypeRegistrar rvi_reg(&DictRevValueIterType, [](Type& t) {
  setup_iter(t, "dict_reversevalueiterator", dictiter_next<DictIterKind::Values, true>);
});
TypeRegistrar rii_reg(&DictRevItemIterType, [](Type& t) {
  setup_iter(t, "dict_reverseitemiterator", dictiter_next<DictIterKind::Items, true>);
});

}  // namespace

Ref dict_view(Value d, DictIterKind kind) {
  DictView* v = alloc_object<DictView>(kViewTypes[int(kind)]);
  if (!v) return nullptr;
  v->dict = Ref::dup(d);
  return Ref::steal(v);
}

Ref dict_iter(Value dv, DictIterKind kind, bool reverse) {
  DictIter* it = alloc_object<DictIter>(kIterTypes[reverse][int(kind)]);
  if (!it) return nullptr;
  Dict* d = dv.as<Dict>();
  it->dict = Ref::dup(dv);
  it->used = d->used;
  it->left = d->used;
  it->pos = reverse ? ptrdiff_t(d->nentries) - 1 : 0;
  return Ref::steal(it);
}

}  // namespace gp
