// range and slice objects.
//
// A range stores start, step and its length as C integers, so indexing,
// `in` and len() are arithmetic, and iteration is a counter: the
// range_iterator's iternext is an add, a decrement and a tag, which is what
// every `for i in range(n)` runs per step. Bounds beyond int64 raise
// OverflowError for now (CPython falls back to big ints there).
// Item arithmetic is done in unsigned integers: every item lies between
// start and stop, so the result fits even when an intermediate would not.
//
// A slice is three arbitrary values (None when omitted); slice_unpack
// resolves it against a sequence length with CPython's clamping rules.
#include "runtime/range.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type RangeType;
Type RangeIterType;
Type SliceType;

namespace {

struct RangeObject : Object {
  int64_t start, stop, step;
  uint64_t length;
};

struct RangeIter : Object {
  int64_t next;
  int64_t step;
  uint64_t left;
};

RangeObject* as_range(Value v) { return v.as<RangeObject>(); }

int64_t range_item(const RangeObject* r, uint64_t i) {
  return int64_t(uint64_t(r->start) + i * uint64_t(r->step));
}

uint64_t compute_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1;
  if (step < 0 && start > stop)
    return (uint64_t(start) - uint64_t(stop) - 1) / (uint64_t(0) - uint64_t(step)) + 1;
  return 0;
}

// An int argument of range() (any __index__ object) as int64.
bool range_arg(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Ref i = number_index(v);
  if (!i) return false;
  if (!int_to_i64(i, out)) {
    raise(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Ref make_range(int64_t start, int64_t stop, int64_t step) {
  RangeObject* r = alloc_object<RangeObject>(&RangeType);
  if (!r) return nullptr;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = compute_length(start, stop, step);
  return Ref::steal(r);
}

Ref make_range_iter(int64_t first, int64_t step, uint64_t count) {
  RangeIter* it = alloc_object<RangeIter>(&RangeIterType);
  if (!it) return nullptr;
  it->next = first;
  it->step = step;
  it->left = count;
  return Ref::steal(it);
}

Ref range_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("range", kwnames)) return nullptr;
  if (nargs == 0) return raise(&Exc_TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise(&Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
  int64_t start = 0, stop = 0, step = 1;
  if (nargs == 1) {
    if (!range_arg(args[0], &stop)) return nullptr;
  } else {
    if (!range_arg(args[0], &start) || !range_arg(args[1], &stop)) return nullptr;
    if (nargs == 3 && !range_arg(args[2], &step)) return nullptr;
    if (step == 0) return raise(&Exc_ValueError, "range() arg 3 must not be zero");
  }
  return make_range(start, stop, step);
}

Ref range_repr(Value v) {
  RangeObject* r = as_range(v);
  if (r->step == 1) return str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                    (long long)r->step);
}

ptrdiff_t range_length(Value v) {
  uint64_t n = as_range(v)->length;
  if (n > uint64_t(PTRDIFF_MAX)) {
    raise(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return ptrdiff_t(n);
}

// Position of int x in r, or -1.
int64_t int_position(const RangeObject* r, Value x) {
  int64_t v;
  if (!int_to_i64(x, &v) || r->length == 0) return -1;
  uint64_t off;
  if (r->step > 0) {
    if (v < r->start || v >= r->stop) return -1;
    off = uint64_t(v) - uint64_t(r->start);
    if (off % uint64_t(r->step)) return -1;
    return int64_t(off / uint64_t(r->step));
  }
  if (v > r->start || v <= r->stop) return -1;
  off = uint64_t(r->start) - uint64_t(v);
  uint64_t neg = uint64_t(0) - uint64_t(r->step);
  if (off % neg) return -1;
  return int64_t(off / neg);
}

bool is_exact_int_or_bool(Value v) {
  return v.is_small() || type_of(v) == &IntType || type_of(v) == &BoolType;
}

// Position of x in r by value (ints by arithmetic, others by ==); -1 if
// absent, -2 on error.
int64_t range_find(Value rv, Value x) {
  RangeObject* r = as_range(rv);
  if (is_exact_int_or_bool(x)) return int_position(r, x);
  for (uint64_t i = 0; i < r->length; ++i) {
    Ref item = int_from_i64(range_item(r, i));
    if (!item) return -2;
    int eq = equal(item, x);
    if (eq < 0) return -2;
    if (eq) return int64_t(i);
  }
  return -1;
}

int range_contains(Value rv, Value x) {
  int64_t i = range_find(rv, x);
  return i == -2 ? -1 : i >= 0;
}

Ref range_getitem(Value v, Value key) {
  RangeObject* r = as_range(v);
  ptrdiff_t i;
  int kind = seq_subscript(key, "range", &i);
  if (kind < 0) {
    if (err_matches(&Exc_IndexError)) {
      err_clear();
      return raise(&Exc_IndexError, "range object index out of range");
    }
    return nullptr;
  }
  if (kind == 1) {
    if (i < 0) i += ptrdiff_t(r->length);
    if (i < 0 || uint64_t(i) >= r->length)
      return raise(&Exc_IndexError, "range object index out of range");
    return int_from_i64(range_item(r, uint64_t(i)));
  }
  ptrdiff_t len = range_length(v);
  if (len < 0) return nullptr;
  ptrdiff_t start, stop, step;
  if (slice_unpack(key, len, &start, &stop, &step) < 0) return nullptr;
  __int128 nstart = __int128(r->start) + __int128(start) * r->step;
  __int128 nstop = __int128(r->start) + __int128(stop) * r->step;
  __int128 nstep = __int128(step) * r->step;
  auto fits = [](__int128 x) { return x >= INT64_MIN && x <= INT64_MAX; };
  if (!fits(nstart) || !fits(nstop) || !fits(nstep))
    return raise(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
  return make_range(int64_t(nstart), int64_t(nstop), int64_t(nstep));
}

Ref range_richcompare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &RangeType || type_of(b) != &RangeType ||
      (op != CompareOp::Eq && op != CompareOp::Ne))
    return not_implemented_ref();
  RangeObject* x = as_range(a);
  RangeObject* y = as_range(b);
  bool eq = x->length == y->length &&
            (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return bool_ref(eq == (op == CompareOp::Eq));
}

// Equal ranges hash equal: hash((len, start, step)) with the parts that do
// not affect equality replaced by None.
int64_t range_hash(Value v) {
  RangeObject* r = as_range(v);
  Ref len = int_from_u64(r->length);
  Ref start = r->length ? int_from_i64(r->start) : none_ref();
  Ref step = r->length > 1 ? int_from_i64(r->step) : none_ref();
  if (!len || !start || !step) return -1;
  Ref t = new_tuple({len, start, step});
  return t ? hash(t) : -1;
}

Ref range_iter(Value v) {
  RangeObject* r = as_range(v);
  return make_range_iter(r->start, r->step, r->length);
}

Ref rangeiter_next(Value v) {
  RangeIter* it = v.as<RangeIter>();
  if (GP_UNLIKELY(it->left == 0)) return nullptr;
  int64_t x = it->next;
  it->next = int64_t(uint64_t(x) + uint64_t(it->step));
  --it->left;
  if (GP_LIKELY(Value::fits_small(x))) return Ref::small(x);
  return int_from_i64(x);
}

Ref range_reversed_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&RangeType, "__reversed__", kwnames, nargs, 0, 0)) return nullptr;
  RangeObject* r = as_range(self);
  if (r->length == 0) return make_range_iter(0, 1, 0);
  return make_range_iter(range_item(r, r->length - 1), int64_t(uint64_t(0) - uint64_t(r->step)),
                         r->length);
}

Ref range_count_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&RangeType, "count", kwnames, nargs, 1, 1)) return nullptr;
  if (is_exact_int_or_bool(args[0])) return Ref::small(int_position(as_range(self), args[0]) >= 0);
  RangeObject* r = as_range(self);
  int64_t n = 0;
  for (uint64_t i = 0; i < r->length; ++i) {
    Ref item = int_from_i64(range_item(r, i));
    if (!item) return nullptr;
    int eq = equal(item, args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return int_from_i64(n);
}

Ref range_index_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&RangeType, "index", kwnames, nargs, 1, 1)) return nullptr;
  int64_t i = range_find(self, args[0]);
  if (i == -2) return nullptr;
  if (i >= 0) return int_from_i64(i);
  Ref r = repr(args[0]);
  if (!r) return nullptr;
  return raise(&Exc_ValueError, "%s is not in range", r.as<Str>()->data);
}

Ref range_start(Value v) { return int_from_i64(as_range(v)->start); }
Ref range_stop(Value v) { return int_from_i64(as_range(v)->stop); }
Ref range_step(Value v) { return int_from_i64(as_range(v)->step); }

const MethodDef range_methods[] = {
    {"__reversed__", range_reversed_m},
    {"count", range_count_m},
    {"index", range_index_m},
    {nullptr, nullptr},
};

const GetSetDef range_getset[] = {
    {"start", range_start, nullptr},
    {"stop", range_stop, nullptr},
    {"step", range_step, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar range_reg(&RangeType, [](Type& t) {
  t.name = "range";
  t.basicsize = sizeof(RangeObject);
  t.base = &ObjectType;
  t.dealloc = destroy_object<RangeObject>;
  t.repr = range_repr;
  t.hash = range_hash;
  t.richcompare = range_richcompare;
  t.iter = range_iter;
  t.length = range_length;
  t.getitem = range_getitem;
  t.contains = range_contains;
  t.new_ = range_new;
  t.methods = range_methods;
  t.getset = range_getset;
});

TypeRegistrar range_iter_reg(&RangeIterType, [](Type& t) {
  t.name = "range_iterator";
  t.basicsize = sizeof(RangeIter);
  t.base = &ObjectType;
  t.dealloc = destroy_object<RangeIter>;
  t.iter = iter_self;
  t.iternext = rangeiter_next;
});

// --- slice ---

Ref none_if_null(Value v) { return Ref::dup(v ? v : None()); }

Ref slice_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("slice", kwnames)) return nullptr;
  if (nargs == 0) return raise(&Exc_TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) return raise(&Exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return new_slice(None(), args[0], None());
  return new_slice(args[0], args[1], nargs == 3 ? args[2] : None());
}

Ref slice_repr(Value v) {
  Slice* s = v.as<Slice>();
  Ref a = repr(s->start);
  Ref b = a ? repr(s->stop) : Ref();
  Ref c = b ? repr(s->step) : Ref();
  if (!c) return nullptr;
  return str_printf("slice(%s, %s, %s)", a.as<Str>()->data, b.as<Str>()->data, c.as<Str>()->data);
}

Ref slice_as_tuple(Value v) {
  Slice* s = v.as<Slice>();
  return new_tuple({s->start, s->stop, s->step});
}

Ref slice_richcompare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &SliceType || type_of(b) != &SliceType) return not_implemented_ref();
  if (a.is(b)) {
    bool reflexive = op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge;
    return bool_ref(reflexive);
  }
  Ref x = slice_as_tuple(a);
  Ref y = x ? slice_as_tuple(b) : Ref();
  if (!y) return nullptr;
  return compare(x, y, op);
}

Ref slice_indices_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&SliceType, "indices", kwnames, nargs, 1, 1)) return nullptr;
  ptrdiff_t len;
  if (!index_ssize(args[0], &len)) return nullptr;
  if (len < 0) return raise(&Exc_ValueError, "length should not be negative");
  ptrdiff_t start, stop, step;
  if (slice_unpack(self, len, &start, &stop, &step) < 0) return nullptr;
  Ref a = int_from_i64(start), b = int_from_i64(stop), c = int_from_i64(step);
  return new_tuple({a, b, c});
}

Ref slice_start(Value v) { return v.as<Slice>()->start.dup(); }
Ref slice_stop(Value v) { return v.as<Slice>()->stop.dup(); }
Ref slice_step(Value v) { return v.as<Slice>()->step.dup(); }

const MethodDef slice_methods[] = {
    {"indices", slice_indices_m},
    {nullptr, nullptr},
};

const GetSetDef slice_getset[] = {
    {"start", slice_start, nullptr},
    {"stop", slice_stop, nullptr},
    {"step", slice_step, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar slice_reg(&SliceType, [](Type& t) {
  t.name = "slice";
  t.basicsize = sizeof(Slice);
  t.base = &ObjectType;
  t.dealloc = destroy_object<Slice>;
  t.repr = slice_repr;
  t.hash = hash_unhashable;
  t.richcompare = slice_richcompare;
  t.new_ = slice_new;
  t.methods = slice_methods;
  t.getset = slice_getset;
});

// One slice bound as ptrdiff_t; big ints clamp to the ptrdiff_t range.
bool slice_index(Value v, ptrdiff_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Type* t = type_of(v);
  if (!is_int(v) && !(t->number && t->number->index)) {
    raise(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = number_index(v);
  if (!i) return false;
  int64_t x;
  if (!int_to_i64(i, &x)) x = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  *out = x;
  return true;
}

ptrdiff_t clamp_bound(ptrdiff_t i, ptrdiff_t length, ptrdiff_t step) {
  if (i < 0) {
    i += length;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= length) {
    i = step < 0 ? length - 1 : length;
  }
  return i;
}

}  // namespace

Ref new_range(Value start, Value stop, Value step) {
  int64_t a, b, c;
  if (!range_arg(start, &a) || !range_arg(stop, &b) || !range_arg(step, &c)) return nullptr;
  if (c == 0) return raise(&Exc_ValueError, "range() arg 3 must not be zero");
  return make_range(a, b, c);
}

Ref new_slice(Value start, Value stop, Value step) {
  Slice* s = alloc_object<Slice>(&SliceType);
  if (!s) return nullptr;
  s->start = none_if_null(start);
  s->stop = none_if_null(stop);
  s->step = none_if_null(step);
  return Ref::steal(s);
}

ptrdiff_t slice_unpack(Value slice, ptrdiff_t length, ptrdiff_t* start, ptrdiff_t* stop,
                       ptrdiff_t* step) {
  Slice* s = slice.as<Slice>();
  ptrdiff_t st = 1;
  if (!is_none(s->step)) {
    if (!slice_index(s->step, &st)) return -1;
    if (st == 0) {
      raise(&Exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (st < -PTRDIFF_MAX) st = -PTRDIFF_MAX;  // so that -step cannot overflow
  }
  ptrdiff_t a = st < 0 ? PTRDIFF_MAX : 0;
  ptrdiff_t b = st < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  if (!is_none(s->start) && !slice_index(s->start, &a)) return -1;
  if (!is_none(s->stop) && !slice_index(s->stop, &b)) return -1;
  a = clamp_bound(a, length, st);
  b = clamp_bound(b, length, st);
  *start = a;
  *stop = b;
  *step = st;
  if (st < 0) return b < a ? (a - b - 1) / (-st) + 1 : 0;
  return a < b ? (b - a - 1) / st + 1 : 0;
}

}  // namespace gp
