// tuple: an immutable array of values stored inline after the header.
//
// One allocation per tuple (header + items). The empty tuple is a single
// immortal static, so `()` never allocates. The hash follows CPython's
// xxHash-style mixing (equal tuples hash equal, and the order of items
// matters) and is cached in `hash_cache` since a tuple's items never change.
// This file also holds the small helpers every sequence type shares
// (subscript classification, lexicographic comparison, repeat arguments).
#include "runtime/tuple.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {

Type TupleType;
Type TupleIterType;

constinit Tuple g_empty_tuple{GP_IMMORTAL_HEAD(&TupleType), -1, 0, {Value()}};

struct TupleIter : Object {
  Ref tuple;  // null once exhausted
  size_t index;
};

// --- shared sequence helpers ---

int seq_subscript(Value key, const char* what, ptrdiff_t* index) {
  if (key.is_small()) {
    *index = key.small_value();
    return 1;
  }
  Type* kt = type_of(key);
  if (kt == &SliceType) return 0;
  if (!is_int(key) && !(kt->number && kt->number->index)) {
    raise(&Exc_TypeError, "%s indices must be integers or slices, not %s", what, kt->name);
    return -1;
  }
  Ref i = number_index(key);
  if (!i) return -1;
  int64_t v;
  if (!int_to_i64(i, &v)) {
    raise(&Exc_IndexError, "cannot fit '%s' into an index-sized integer", kt->name);
    return -1;
  }
  *index = v;
  return 1;
}

Ref seq_richcompare(Value a, Value b, SeqItemsFn items, CompareOp op) {
  size_t na, nb;
  items(a, &na);
  items(b, &nb);
  if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne))
    return bool_ref(op == CompareOp::Ne);
  for (size_t i = 0;; ++i) {
    Value* ia = items(a, &na);
    Value* ib = items(b, &nb);
    if (i >= na || i >= nb) break;
    if (ia[i].is(ib[i])) continue;
    // Hold the pair: a user __eq__ may drop them from a list.
    Ref x = Ref::dup(ia[i]), y = Ref::dup(ib[i]);
    int eq = equal(x, y);
    if (eq < 0) return nullptr;
    if (eq) continue;
    if (op == CompareOp::Eq) return bool_ref(false);
    if (op == CompareOp::Ne) return bool_ref(true);
    return compare(x, y, op);
  }
  bool r = compare_values(na, nb, op);
  return bool_ref(r);
}

static bool is_index_like(Value v) {
  Type* t = type_of(v);
  return is_int(v) || (t->number && t->number->index);
}

int seq_repeat_args(Value a, Value b, bool (*is_seq)(Value), Value* seq, ptrdiff_t* count) {
  Value other;
  if (is_seq(a)) {
    *seq = a;
    other = b;
  } else {
    *seq = b;
    other = a;
  }
  if (!is_index_like(other)) {
    // A user class may still answer through its reflected method.
    if (type_of(other)->flags & kTpHeapType) return 0;
    raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(other));
    return -1;
  }
  Ref n = number_index(other);
  if (!n) return -1;
  int64_t c;
  if (!int_to_i64(n, &c)) {
    if (int_sign(n) < 0) {
      c = 0;
    } else {
      raise(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
      return -1;
    }
  }
  *count = c < 0 ? 0 : c;
  return 1;
}

// One bound of index(x, start, stop): negative counts from the end, big
// ints clamp, like a slice index.
static bool clamp_bound(Value v, size_t len, size_t* out) {
  if (!is_index_like(v)) {
    raise(&Exc_TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  Ref n = number_index(v);
  if (!n) return false;
  int64_t i;
  if (!int_to_i64(n, &i)) i = int_sign(n) < 0 ? INT64_MIN : INT64_MAX;
  if (i < 0) {
    i += int64_t(len);
    if (i < 0) i = 0;
  } else if (uint64_t(i) > len) {
    i = int64_t(len);
  }
  *out = size_t(i);
  return true;
}

bool seq_index_bounds(const Value* args, size_t nargs, size_t len, size_t* start, size_t* stop) {
  *start = 0;
  *stop = len;
  if (nargs > 0 && !clamp_bound(args[0], len, start)) return false;
  if (nargs > 1 && !clamp_bound(args[1], len, stop)) return false;
  return true;
}

// --- construction ---

// Where a subclass instance's extra fields start: after the items.
static size_t tuple_items_end(size_t n) { return sizeof(Tuple) + (n ? n - 1 : 0) * sizeof(Value); }

static Tuple* tuple_alloc_type(Type* t, size_t n) {
  size_t extra = t->basicsize > sizeof(Tuple) ? t->basicsize - sizeof(Tuple) : 0;
  size_t bytes = tuple_items_end(n) + extra;
  Tuple* o = alloc_object<Tuple>(t, bytes);
  if (!o) return nullptr;
  o->hash_cache = -1;
  o->size = n;
  return o;
}

Tuple* tuple_alloc(size_t n) {
  if (n == 0) return &g_empty_tuple;
  return tuple_alloc_type(&TupleType, n);
}

Ref empty_tuple() { return Ref::dup(Value(&g_empty_tuple)); }

Ref new_tuple_from(const Value* items, size_t n) {
  Tuple* t = tuple_alloc(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; ++i) tuple_set(t, i, Ref::dup(items[i]));
  return Ref::steal(t);
}

Ref new_tuple(std::initializer_list<Value> items) {
  return new_tuple_from(items.begin(), items.size());
}

Ref tuple_from_iterable(Value it) {
  if (type_of(it) == &TupleType) return Ref::dup(it);
  if (is_list(it)) {
    List* l = it.as<List>();
    return new_tuple_from(l->items, l->size);
  }
  Ref l = list_from_iterable(it);
  if (!l) return nullptr;
  List* lp = l.as<List>();
  Tuple* t = tuple_alloc(lp->size);
  if (!t) return nullptr;
  // Move the list's references into the tuple instead of copying them.
  for (size_t i = 0; i < lp->size; ++i) t->items[i] = lp->items[i];
  lp->size = 0;
  return Ref::steal(t);
}

Ref tuple_slice(Value t, size_t lo, size_t hi) {
  Tuple* tp = t.as<Tuple>();
  if (hi > tp->size) hi = tp->size;
  if (lo > hi) lo = hi;
  if (lo == 0 && hi == tp->size && type_of(t) == &TupleType) return Ref::dup(t);
  return new_tuple_from(tp->items + lo, hi - lo);
}

Ref tuple_recycle(Ref* cache, Ref* items, size_t n) {
  Tuple* t = cache->as<Tuple>();
  if (t && is_unique(t) && t->size == n) {
    // Swap first, release the old items after: their __del__ must not see
    // a half-updated tuple.
    for (size_t i = 0; i < n; ++i) {
      Value old = t->items[i];
      t->items[i] = items[i].release();
      items[i] = Ref::steal(old);
    }
    t->hash_cache = -1;
    for (size_t i = 0; i < n; ++i) items[i].reset();
    return cache->dup();
  }
  Tuple* fresh = tuple_alloc(n);
  if (!fresh) return nullptr;
  for (size_t i = 0; i < n; ++i) tuple_set(fresh, i, std::move(items[i]));
  Ref r = Ref::steal(fresh);
  *cache = r.dup();
  return r;
}

static Ref tuple_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("tuple", kwnames)) return nullptr;
  if (nargs > 1) return raise(&Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
  Ref base = nargs ? tuple_from_iterable(args[0]) : empty_tuple();
  if (!base || t == &TupleType) return base;
  Tuple* src = base.as<Tuple>();
  Tuple* o = tuple_alloc_type(t, src->size);
  if (!o) return nullptr;
  for (size_t i = 0; i < src->size; ++i) tuple_set(o, i, Ref::dup(src->items[i]));
  return Ref::steal(o);
}

static void tuple_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size; ++i) decref(t->items[i]);
  destroy_object<Tuple>(o);
}

// --- slots ---

static Ref tuple_repr(Value v) {
  Tuple* t = v.as<Tuple>();
  if (t->size == 0) return new_str("()");
  int r = repr_enter(v);
  if (r < 0) return nullptr;
  if (r > 0) return new_str("(...)");
  std::string out = "(";
  bool ok = true;
  for (size_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Ref s = repr(t->items[i]);
    if (!s) {
      ok = false;
      break;
    }
    out += s.as<Str>()->view();
  }
  repr_leave(v);
  if (!ok) return nullptr;
  if (t->size == 1) out += ',';
  out += ')';
  return new_str(out);
}

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

static int64_t tuple_hash(Value v) {
  Tuple* t = v.as<Tuple>();
  if (t->hash_cache != -1) return t->hash_cache;
  uint64_t acc = kXXPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    int64_t h = hash(t->items[i]);
    if (h == -1) return -1;
    acc += uint64_t(h) * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += t->size ^ (kXXPrime5 ^ 3527539ULL);
  int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
  if (t != &g_empty_tuple) t->hash_cache = h;
  return h;
}

static Value* tuple_items(Value v, size_t* n) {
  Tuple* t = v.as<Tuple>();
  *n = t->size;
  return t->items;
}

static Ref tuple_richcompare(Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented_ref();
  return seq_richcompare(a, b, tuple_items, op);
}

static ptrdiff_t tuple_length(Value v) { return ptrdiff_t(v.as<Tuple>()->size); }

static int tuple_contains(Value v, Value x) {
  Tuple* t = v.as<Tuple>();
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], x);
    if (eq != 0) return eq;
  }
  return 0;
}

static Ref tuple_getitem(Value v, Value key) {
  Tuple* t = v.as<Tuple>();
  ptrdiff_t i;
  int kind = seq_subscript(key, "tuple", &i);
  if (kind < 0) return nullptr;
  if (kind == 1) {
    if (i < 0) i += ptrdiff_t(t->size);
    if (size_t(i) >= t->size) return raise(&Exc_IndexError, "tuple index out of range");
    return Ref::dup(t->items[i]);
  }
  ptrdiff_t start, stop, step;
  ptrdiff_t n = slice_unpack(key, ptrdiff_t(t->size), &start, &stop, &step);
  if (n < 0) return nullptr;
  if (step == 1) return tuple_slice(v, size_t(start), size_t(start + n));
  Tuple* r = tuple_alloc(size_t(n));
  if (!r) return nullptr;
  for (ptrdiff_t k = 0; k < n; ++k) tuple_set(r, k, Ref::dup(t->items[start + k * step]));
  return Ref::steal(r);
}

static Ref tuple_concat(Value a, Value b) {
  if (!is_tuple(a)) return not_implemented_ref();
  if (!is_tuple(b)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
  }
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  if (y->size == 0 && type_of(a) == &TupleType) return Ref::dup(a);
  if (x->size == 0 && type_of(b) == &TupleType) return Ref::dup(b);
  Tuple* r = tuple_alloc(x->size + y->size);
  if (!r) return nullptr;
  for (size_t i = 0; i < x->size; ++i) tuple_set(r, i, Ref::dup(x->items[i]));
  for (size_t i = 0; i < y->size; ++i) tuple_set(r, x->size + i, Ref::dup(y->items[i]));
  return Ref::steal(r);
}

static Ref tuple_repeat(Value a, Value b) {
  Value seq;
  ptrdiff_t n;
  int r = seq_repeat_args(a, b, is_tuple, &seq, &n);
  if (r <= 0) return r == 0 ? not_implemented_ref() : nullptr;
  Tuple* t = seq.as<Tuple>();
  if (n == 1 && type_of(seq) == &TupleType) return Ref::dup(seq);
  if (t->size && size_t(n) > (SIZE_MAX / sizeof(Value)) / t->size)
    return raise_value(Value(&Exc_MemoryError));
  Tuple* out = tuple_alloc(t->size * size_t(n));
  if (!out) return nullptr;
  size_t k = 0;
  for (ptrdiff_t rep = 0; rep < n; ++rep)
    for (size_t i = 0; i < t->size; ++i) tuple_set(out, k++, Ref::dup(t->items[i]));
  return Ref::steal(out);
}

static Ref tuple_iter(Value v) {
  TupleIter* it = alloc_object<TupleIter>(&TupleIterType);
  if (!it) return nullptr;
  it->tuple = Ref::dup(v);
  return Ref::steal(it);
}

static Ref tupleiter_next(Value v) {
  TupleIter* it = v.as<TupleIter>();
  Tuple* t = it->tuple.as<Tuple>();
  if (!t) return nullptr;
  if (it->index < t->size) return Ref::dup(t->items[it->index++]);
  it->tuple.reset();
  return nullptr;
}

// --- methods ---

static Ref tuple_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&TupleType, "index", kwnames, nargs, 1, 3)) return nullptr;
  Tuple* t = self.as<Tuple>();
  size_t start, stop;
  if (!seq_index_bounds(args + 1, nargs - 1, t->size, &start, &stop)) return nullptr;
  for (size_t i = start; i < stop && i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return nullptr;
    if (eq) return Ref::small(ptrdiff_t(i));
  }
  return raise(&Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Ref tuple_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&TupleType, "count", kwnames, nargs, 1, 1)) return nullptr;
  Tuple* t = self.as<Tuple>();
  ptrdiff_t n = 0;
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return Ref::small(n);
}

static Ref tuple_getnewargs(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&TupleType, "__getnewargs__", kwnames, nargs, 0, 0)) return nullptr;
  Tuple* t = self.as<Tuple>();
  Ref copy = new_tuple_from(t->items, t->size);
  if (!copy) return nullptr;
  return new_tuple({copy});
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {"__getnewargs__", tuple_getnewargs},
    {nullptr, nullptr},
};

static NumberSlots tuple_number;

static TypeRegistrar tuple_reg(&TupleType, [](Type& t) {
  t.name = "tuple";
  t.basicsize = sizeof(Tuple);
  t.itemsize = sizeof(Value);
  t.flags = kTpBaseType | kTpTupleSubclass;
  t.base = &ObjectType;
  t.dealloc = tuple_dealloc;
  t.repr = tuple_repr;
  t.hash = tuple_hash;
  t.richcompare = tuple_richcompare;
  t.iter = tuple_iter;
  t.length = tuple_length;
  t.getitem = tuple_getitem;
  t.contains = tuple_contains;
  t.new_ = tuple_new;
  t.items_end = [](const Object* o) { return tuple_items_end(static_cast<const Tuple*>(o)->size); };
  tuple_number.binary[int(BinOp::Add)] = tuple_concat;
  tuple_number.binary[int(BinOp::Mul)] = tuple_repeat;
  t.number = &tuple_number;
  t.methods = tuple_methods;
});

static TypeRegistrar tuple_iter_reg(&TupleIterType, [](Type& t) {
  t.name = "tuple_iterator";
  t.basicsize = sizeof(TupleIter);
  t.base = &ObjectType;
  t.dealloc = destroy_object<TupleIter>;
  t.iter = iter_self;
  t.iternext = tupleiter_next;
});

}  // namespace gp
