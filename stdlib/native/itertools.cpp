// The `itertools` module: lazy iterator types, each a native Type.
//
// Every type pulls from its sources through iter_next (a null result with no
// exception is the end), so chains of them never create StopIteration
// objects. The combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement) share one object layout: the pool(s) as
// tuples, a vector of indices into them and a recycled result tuple, so a
// loop that unpacks each result allocates nothing per step. tee keeps the
// items its copies have not all consumed in a linked list of fixed-size
// chunks shared by the copies; a chunk is freed once every copy has moved
// past it (chains are released iteratively, never by deep recursion).
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

template <class T>
T* alloc_it(Type* t) {
  return alloc_object<T>(t, t->basicsize > sizeof(T) ? t->basicsize : sizeof(T));
}

template <class T>
void setup_type(Type& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(T);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<T>;
  t.iter = iter_self;
  t.iternext = next;
}

// CPython's wording for the types that take a fixed number of positional
// arguments: "cycle expected 1 argument, got 0".
bool exact_args(const char* name, Value kwnames, size_t nargs, size_t n) {
  if (!no_kwargs(name, kwnames)) return false;
  if (nargs == n) return true;
  raise(&Exc_TypeError, "%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", nargs);
  return false;
}

// The type's name without its module, as reprs show it.
const char* short_name(const char* name) {
  const char* dot = __builtin_strrchr(name, '.');
  return dot ? dot + 1 : name;
}

// A tuple of the items of `iterable` (what the combinatoric types pool).
Ref pool_of(Value iterable) {
  if (type_of(iterable) == &TupleType) return Ref::dup(iterable);
  return tuple_from_iterable(iterable);
}

// --- count ---

Type CountType;

struct Count : Object {
  Ref cnt;
  Ref step;
};

bool is_number(Value v) {
  if (is_int(v) || is_float(v)) return true;
  NumberSlots* ns = type_of(v)->number;
  return ns && (ns->index || ns->to_int || ns->to_float);
}

Ref count_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("count", args, nargs, kwnames, {"start", "step"}, 0, a)) return nullptr;
  Value start = a[0] ? a[0] : Value::small(0), step = a[1] ? a[1] : Value::small(1);
  if (!is_number(start) || !is_number(step)) return raise(&Exc_TypeError, "a number is required");
  Count* c = alloc_it<Count>(t);
  if (!c) return nullptr;
  c->cnt = Ref::dup(start);
  c->step = Ref::dup(step);
  return Ref::steal(c);
}

Ref count_next(Value v) {
  Count* c = v.as<Count>();
  Value cnt = c->cnt, step = c->step;
  Ref next;
  if (cnt.is_small() && step.is_small()) {
    next = int_from_i64(cnt.small_value() + step.small_value());
  } else {
    next = binary_op(cnt, step, BinOp::Add);
  }
  if (!next) return nullptr;
  Ref cur = std::move(c->cnt);
  c->cnt = std::move(next);
  return cur;
}

Ref count_repr(Value v) {
  Count* c = v.as<Count>();
  Ref start = repr(c->cnt);
  if (!start) return nullptr;
  Value step = c->step;
  int64_t one;
  if (is_int(step) && int_is_small(step, &one) && one == 1)
    return str_printf("%s(%s)", short_name(type_name(v)), start.as<Str>()->data);
  Ref s = repr(step);
  if (!s) return nullptr;
  return str_printf("%s(%s, %s)", short_name(type_name(v)), start.as<Str>()->data,
                    s.as<Str>()->data);
}

// --- cycle ---

Type CycleType;

struct Cycle : Object {
  Ref it;  // null once exhausted; then items replay from `saved`
  Ref saved;
  size_t index;
};

Ref cycle_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!exact_args("cycle", kwnames, nargs, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  Ref saved = new_list();
  if (!saved) return nullptr;
  Cycle* c = alloc_it<Cycle>(t);
  if (!c) return nullptr;
  c->it = std::move(it);
  c->saved = std::move(saved);
  return Ref::steal(c);
}

Ref cycle_next(Value v) {
  Cycle* c = v.as<Cycle>();
  if (c->it) {
    Ref x = iter_next(c->it);
    if (x) {
      if (list_append(c->saved, x) < 0) return nullptr;
      return x;
    }
    if (err_occurred()) return nullptr;
    c->it.reset();
  }
  List* saved = c->saved.as<List>();
  if (saved->size == 0) return nullptr;
  if (c->index >= saved->size) c->index = 0;
  return Ref::dup(saved->items[c->index++]);
}

// --- repeat ---

Type RepeatType;

struct Repeat : Object {
  Ref element;
  ptrdiff_t remaining;  // -1: forever
};

Ref repeat_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("repeat", args, nargs, kwnames, {"object", "times"}, 1, a)) return nullptr;
  ptrdiff_t n = -1;
  if (a[1]) {
    if (!index_ssize(a[1], &n)) return nullptr;
    if (n < 0) n = 0;
  }
  Repeat* r = alloc_it<Repeat>(t);
  if (!r) return nullptr;
  r->element = Ref::dup(a[0]);
  r->remaining = n;
  return Ref::steal(r);
}

Ref repeat_next(Value v) {
  Repeat* r = v.as<Repeat>();
  if (r->remaining == 0) return nullptr;
  if (r->remaining > 0) r->remaining--;
  return r->element.dup();
}

Ref repeat_repr(Value v) {
  Repeat* r = v.as<Repeat>();
  Ref e = repr(r->element);
  if (!e) return nullptr;
  const char* name = short_name(type_name(v));
  if (r->remaining < 0) return str_printf("%s(%s)", name, e.as<Str>()->data);
  return str_printf("%s(%s, %zd)", name, e.as<Str>()->data, r->remaining);
}

Ref repeat_length_hint(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__length_hint__", kwnames) || !check_nargs("__length_hint__", nargs, 0, 0))
    return nullptr;
  ptrdiff_t n = self.as<Repeat>()->remaining;
  if (n < 0) return raise(&Exc_TypeError, "len() of unsized object");
  return Ref::small(n);
}

// --- accumulate ---

Type AccumulateType;

struct Accumulate : Object {
  Ref it;
  Ref func;     // null: addition
  Ref total;    // null before the first item
  Ref initial;  // handed out first, then dropped
};

Ref accumulate_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[3];
  if (nargs > 3)
    return raise(&Exc_TypeError, "accumulate() takes at most 3 arguments (%zu given)", nargs);
  if (!parse_args("accumulate", args, nargs, kwnames, {"iterable", "func", "initial"}, 1, a, 0, 2))
    return nullptr;
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Accumulate* acc = alloc_it<Accumulate>(t);
  if (!acc) return nullptr;
  acc->it = std::move(it);
  if (a[1] && !is_none(a[1])) acc->func = Ref::dup(a[1]);
  if (a[2] && !is_none(a[2])) acc->initial = Ref::dup(a[2]);
  return Ref::steal(acc);
}

Ref accumulate_next(Value v) {
  Accumulate* acc = v.as<Accumulate>();
  if (acc->initial) {
    acc->total = std::move(acc->initial);
    return acc->total.dup();
  }
  Ref x = iter_next(acc->it);
  if (!x) return nullptr;
  if (acc->total) {
    x = acc->func ? call2(acc->func, acc->total, x) : binary_op(acc->total, x, BinOp::Add);
    if (!x) return nullptr;
  }
  acc->total = x.dup();
  return x;
}

// --- chain ---

Type ChainType;

struct Chain : Object {
  Ref source;  // iterator over the iterables; null when exhausted
  Ref active;  // iterator over the current iterable
};

Ref chain_make(Type* t, Ref source) {
  if (!source) return nullptr;
  Chain* c = alloc_it<Chain>(t);
  if (!c) return nullptr;
  c->source = std::move(source);
  return Ref::steal(c);
}

Ref chain_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("chain", kwnames)) return nullptr;
  Ref iterables = new_tuple_from(args, nargs);
  if (!iterables) return nullptr;
  return chain_make(t, get_iter(iterables));
}

Ref chain_from_iterable(Value cls, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("from_iterable", kwnames) || !check_nargs("from_iterable", nargs, 1, 1))
    return nullptr;
  return chain_make(cls.as<Type>(), get_iter(args[0]));
}

Ref chain_next(Value v) {
  Chain* c = v.as<Chain>();
  for (;;) {
    if (c->active) {
      Ref x = iter_next(c->active);
      if (x || err_occurred()) return x;
      c->active.reset();
    }
    if (!c->source) return nullptr;
    Ref iterable = iter_next(c->source);
    if (!iterable) {
      c->source.reset();
      return nullptr;
    }
    c->active = get_iter(iterable);
    if (!c->active) return nullptr;
  }
}

const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, kMethClass},
    {nullptr, nullptr},
};

// --- compress, dropwhile, takewhile, filterfalse: one filtered source ---

struct Filtered : Object {
  Ref it;
  Ref func;   // predicate, or the selectors iterator for compress
  bool done;  // dropwhile: stopped dropping; takewhile: stopped taking
};

Ref filtered_make(Type* t, Value func, Value iterable, Value selectors = Value()) {
  Ref it = get_iter(iterable);
  if (!it) return nullptr;
  Ref f = selectors ? get_iter(selectors) : Ref::dup(func);
  if (!f) return nullptr;
  Filtered* o = alloc_it<Filtered>(t);
  if (!o) return nullptr;
  o->it = std::move(it);
  o->func = std::move(f);
  return Ref::steal(o);
}

Type CompressType, DropWhileType, TakeWhileType, FilterFalseType;

Ref compress_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("compress", args, nargs, kwnames, {"data", "selectors"}, 2, a)) return nullptr;
  return filtered_make(t, Value(), a[0], a[1]);
}

Ref compress_next(Value v) {
  Filtered* o = v.as<Filtered>();
  for (;;) {
    Ref x = iter_next(o->it);
    if (!x) return nullptr;
    Ref sel = iter_next(o->func);
    if (!sel) return nullptr;
    int keep = truthy(sel);
    if (keep < 0) return nullptr;
    if (keep) return x;
  }
}

// 1, 0 or -1: the predicate's verdict on x (None as predicate: x itself).
int predicate(Value func, Value x) {
  if (is_none(func) || func.is(Value(&BoolType))) return truthy(x);
  Ref r = call1(func, x);
  return r ? truthy(r) : -1;
}

template <const char* kName>
Ref predicate_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!exact_args(kName, kwnames, nargs, 2)) return nullptr;
  return filtered_make(t, args[0], args[1]);
}

constexpr char kDropWhile[] = "dropwhile";
constexpr char kTakeWhile[] = "takewhile";
constexpr char kFilterFalse[] = "filterfalse";

Ref dropwhile_next(Value v) {
  Filtered* o = v.as<Filtered>();
  for (;;) {
    Ref x = iter_next(o->it);
    if (!x || o->done) return x;
    int p = predicate(o->func, x);
    if (p < 0) return nullptr;
    if (!p) {
      o->done = true;
      return x;
    }
  }
}

Ref takewhile_next(Value v) {
  Filtered* o = v.as<Filtered>();
  if (o->done) return nullptr;
  Ref x = iter_next(o->it);
  if (!x) return nullptr;
  int p = predicate(o->func, x);
  if (p < 0) return nullptr;
  if (p) return x;
  o->done = true;
  return nullptr;
}

Ref filterfalse_next(Value v) {
  Filtered* o = v.as<Filtered>();
  for (;;) {
    Ref x = iter_next(o->it);
    if (!x) return nullptr;
    int p = predicate(o->func, x);
    if (p < 0) return nullptr;
    if (!p) return x;
  }
}

// --- starmap ---

Type StarmapType;

Ref starmap_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!exact_args("starmap", kwnames, nargs, 2)) return nullptr;
  return filtered_make(t, args[0], args[1]);
}

Ref starmap_next(Value v) {
  Filtered* o = v.as<Filtered>();
  Ref x = iter_next(o->it);
  if (!x) return nullptr;
  Ref t = pool_of(x);
  if (!t) return nullptr;
  Tuple* tt = t.as<Tuple>();
  return call(o->func, tt->items, tt->size);
}

// --- groupby and its _grouper ---

Type GroupByType, GrouperType;

struct GroupBy : Object {
  Ref it;
  Ref keyfunc;  // null: the items are the keys
  Ref tgtkey;   // key of the group handed out last
  Ref currkey;  // key of currvalue
  Ref currvalue;
  Object* currgrouper;  // identity only: the one grouper still allowed to advance
};

struct Grouper : Object {
  Ref parent;
  Ref tgtkey;
};

Ref groupby_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("groupby", args, nargs, kwnames, {"iterable", "key"}, 1, a)) return nullptr;
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  GroupBy* g = alloc_it<GroupBy>(t);
  if (!g) return nullptr;
  g->it = std::move(it);
  if (a[1] && !is_none(a[1])) g->keyfunc = Ref::dup(a[1]);
  return Ref::steal(g);
}

// Reads the next item and its key into currvalue/currkey; false at the end
// or on error.
bool groupby_step(GroupBy* g) {
  Ref value = iter_next(g->it);
  if (!value) return false;
  Ref key = g->keyfunc ? call1(g->keyfunc, value) : value.dup();
  if (!key) return false;
  g->currvalue = std::move(value);
  g->currkey = std::move(key);
  return true;
}

Ref groupby_next(Value v) {
  GroupBy* g = v.as<GroupBy>();
  g->currgrouper = nullptr;
  // Skip what is left of the current group.
  for (;;) {
    if (!g->currkey) {
      if (!groupby_step(g)) return nullptr;
      continue;
    }
    if (!g->tgtkey) break;
    int eq = compare_bool(g->tgtkey, g->currkey, CompareOp::Eq);
    if (eq < 0) return nullptr;
    if (!eq) break;
    if (!groupby_step(g)) return nullptr;
  }
  g->tgtkey = g->currkey.dup();
  Grouper* gr = alloc_object<Grouper>(&GrouperType);
  if (!gr) return nullptr;
  Ref grouper = Ref::steal(gr);
  gr->parent = Ref::dup(v);
  gr->tgtkey = g->tgtkey.dup();
  g->currgrouper = gr;
  return new_tuple({g->currkey, grouper});
}

Ref grouper_next(Value v) {
  Grouper* gr = v.as<Grouper>();
  GroupBy* g = gr->parent.as<GroupBy>();
  if (g->currgrouper != gr) return nullptr;
  if (!g->currvalue && !groupby_step(g)) return nullptr;
  int eq = compare_bool(gr->tgtkey, g->currkey, CompareOp::Eq);
  if (eq <= 0) return nullptr;
  return std::move(g->currvalue);
}

// --- islice ---

Type IsliceType;

struct Islice : Object {
  Ref it;          // null when exhausted
  ptrdiff_t next;  // index of the next item to hand out
  ptrdiff_t stop;  // -1: no stop
  ptrdiff_t step;
  ptrdiff_t cnt;  // items consumed so far
};

// An islice index as CPython reads it: anything that is not an int in
// the ssize_t range reads as -1, which the callers reject.
ptrdiff_t islice_index(Value v) {
  ptrdiff_t i;
  if (index_ssize(v, &i)) return i;
  err_clear();
  return -1;
}

Ref islice_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("islice", kwnames) || !check_nargs("islice", nargs, 2, 4)) return nullptr;
  ptrdiff_t start = 0, stop = -1, step = 1;
  Value stop_arg = nargs == 2 ? args[1] : args[2];
  if (nargs > 2 && !is_none(args[1])) start = islice_index(args[1]);
  if (!is_none(stop_arg) && (stop = islice_index(stop_arg)) == -1)
    return raise(&Exc_ValueError,
                 "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (start < 0 || stop < -1)
    return raise(&Exc_ValueError,
                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4 && !is_none(args[3])) step = islice_index(args[3]);
  if (step < 1)
    return raise(&Exc_ValueError, "Step for islice() must be a positive integer or None.");
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  Islice* s = alloc_it<Islice>(t);
  if (!s) return nullptr;
  s->it = std::move(it);
  s->next = start;
  s->stop = stop;
  s->step = step;
  return Ref::steal(s);
}

Ref islice_next(Value v) {
  Islice* s = v.as<Islice>();
  if (!s->it) return nullptr;
  for (; s->cnt < s->next; ++s->cnt) {
    Ref skipped = iter_next(s->it);
    if (!skipped) {
      s->it.reset();
      return nullptr;
    }
  }
  if (s->stop != -1 && s->cnt >= s->stop) {
    s->it.reset();
    return nullptr;
  }
  Ref x = iter_next(s->it);
  if (!x) {
    s->it.reset();
    return nullptr;
  }
  s->cnt++;
  ptrdiff_t old = s->next;
  if (__builtin_add_overflow(old, s->step, &s->next) || (s->stop != -1 && s->next > s->stop))
    s->next = s->stop;
  return x;
}

// --- pairwise ---

Type PairwiseType;

struct Pairwise : Object {
  Ref it;  // null when exhausted
  Ref old;
  Ref result;
};

Ref pairwise_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!exact_args("pairwise", kwnames, nargs, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  Pairwise* p = alloc_it<Pairwise>(t);
  if (!p) return nullptr;
  p->it = std::move(it);
  return Ref::steal(p);
}

Ref pairwise_next(Value v) {
  Pairwise* p = v.as<Pairwise>();
  if (!p->it) return nullptr;
  if (!p->old) {
    p->old = iter_next(p->it);
    if (!p->old) {
      p->it.reset();
      return nullptr;
    }
  }
  Ref item = iter_next(p->it);
  if (!item) {
    p->it.reset();
    p->old.reset();
    return nullptr;
  }
  Ref pair[2] = {p->old.dup(), item.dup()};
  p->old = std::move(item);
  return tuple_recycle(&p->result, pair, 2);
}

// --- zip_longest ---

Type ZipLongestType;

struct ZipLongest : Object {
  std::vector<Ref> iters;  // null entries are exhausted
  size_t active;
  Ref fill;
  Ref result;
  std::vector<Ref> scratch;
};

Ref zip_longest_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value fill = None();
  if (kwnames) {
    Tuple* names = kwnames.as<Tuple>();
    if (names->size != 1 || names->items[0].as<Str>()->view() != "fillvalue")
      return raise(&Exc_TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args[nargs];
  }
  ZipLongest* z = alloc_it<ZipLongest>(t);
  if (!z) return nullptr;
  Ref result = Ref::steal(z);
  z->iters.resize(nargs);
  z->scratch.resize(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    z->iters[i] = get_iter(args[i]);
    if (!z->iters[i]) return nullptr;
  }
  z->active = nargs;
  z->fill = Ref::dup(fill);
  return result;
}

Ref zip_longest_next(Value v) {
  ZipLongest* z = v.as<ZipLongest>();
  size_t n = z->iters.size();
  if (n == 0 || z->active == 0) return nullptr;
  for (size_t i = 0; i < n; ++i) {
    Ref& it = z->iters[i];
    if (it) {
      z->scratch[i] = iter_next(it);
      if (z->scratch[i]) continue;
      if (err_occurred()) return nullptr;
      it.reset();
      if (--z->active == 0) return nullptr;
    }
    z->scratch[i] = z->fill.dup();
  }
  return tuple_recycle(&z->result, z->scratch.data(), n);
}

// --- the combinatoric iterators ---

Type ProductType, PermutationsType, CombinationsType, CwrType;

struct Combinatoric : Object {
  std::vector<Ref> pools;       // tuples; product has one per position
  std::vector<size_t> indices;  // into the pool(s)
  std::vector<size_t> cycles;   // permutations only
  size_t r;                     // length of each result
  bool per_position;            // product: item i comes from pools[i]
  bool started;
  bool stopped;
  Ref result;
  std::vector<Ref> scratch;
};

Combinatoric* combinatoric_alloc(Type* t, size_t r) {
  Combinatoric* c = alloc_it<Combinatoric>(t);
  if (!c) return nullptr;
  c->r = r;
  c->scratch.resize(r);
  return c;
}

size_t pool_size(const Ref& pool) { return pool.as<Tuple>()->size; }

// The result tuple for the current indices: item i comes from pool i for
// product, from the single pool otherwise.
Ref combinatoric_emit(Combinatoric* c) {
  for (size_t i = 0; i < c->r; ++i) {
    Tuple* pool = c->pools[c->per_position ? i : 0].as<Tuple>();
    c->scratch[i] = Ref::dup(pool->items[c->indices[i]]);
  }
  return tuple_recycle(&c->result, c->scratch.data(), c->r);
}

// r from an argument (None: `dflt`); false after raising.
bool r_arg(Value v, size_t dflt, const char* type_msg, size_t* out) {
  if (!v || is_none(v)) {
    *out = dflt;
    return true;
  }
  ptrdiff_t r;
  if (type_msg && !is_int(v)) {
    raise(&Exc_TypeError, "%s", type_msg);
    return false;
  }
  if (!index_ssize(v, &r)) return false;
  if (r < 0) {
    raise(&Exc_ValueError, "r must be non-negative");
    return false;
  }
  *out = size_t(r);
  return true;
}

Ref product_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  ptrdiff_t repeat = 1;
  if (kwnames) {
    Tuple* names = kwnames.as<Tuple>();
    for (size_t i = 0; i < names->size; ++i) {
      Str* name = names->items[i].as<Str>();
      if (name->view() != "repeat")
        return raise(&Exc_TypeError, "'%s' is an invalid keyword argument for product()",
                     name->data);
      if (!index_ssize(args[nargs + i], &repeat)) return nullptr;
    }
  }
  if (repeat < 0) return raise(&Exc_ValueError, "repeat argument cannot be negative");
  std::vector<Ref> pools(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    pools[i] = pool_of(args[i]);
    if (!pools[i]) return nullptr;
  }
  Combinatoric* c = combinatoric_alloc(t, nargs * size_t(repeat));
  if (!c) return nullptr;
  Ref result = Ref::steal(c);
  c->per_position = true;
  c->pools.reserve(c->r);
  for (ptrdiff_t k = 0; k < repeat; ++k)
    for (const Ref& p : pools) c->pools.push_back(p.dup());
  c->indices.assign(c->r, 0);
  return result;
}

Ref product_next(Value v) {
  Combinatoric* c = v.as<Combinatoric>();
  if (c->stopped) return nullptr;
  if (!c->started) {
    c->started = true;
    for (const Ref& p : c->pools) {
      if (pool_size(p) == 0) {
        c->stopped = true;
        return nullptr;
      }
    }
    return combinatoric_emit(c);
  }
  // An odometer: bump the rightmost index, carrying leftwards.
  size_t i = c->r;
  while (i > 0) {
    --i;
    if (++c->indices[i] < pool_size(c->pools[i])) return combinatoric_emit(c);
    c->indices[i] = 0;
  }
  c->stopped = true;
  return nullptr;
}

// Common set-up of the single-pool iterators.
Combinatoric* single_pool(Type* t, Ref pool, size_t r) {
  if (!pool) return nullptr;
  Combinatoric* c = combinatoric_alloc(t, r);
  if (!c) return nullptr;
  c->pools.push_back(std::move(pool));
  return c;
}

Ref permutations_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("permutations", args, nargs, kwnames, {"iterable", "r"}, 1, a)) return nullptr;
  Ref pool = pool_of(a[0]);
  if (!pool) return nullptr;
  size_t n = pool_size(pool), r;
  if (!r_arg(a[1], n, "Expected int as r", &r)) return nullptr;
  Combinatoric* c = single_pool(t, std::move(pool), r);
  if (!c) return nullptr;
  c->stopped = r > n;
  for (size_t i = 0; i < n; ++i) c->indices.push_back(i);
  for (size_t i = 0; i < r && i < n; ++i) c->cycles.push_back(n - i);
  return Ref::steal(c);
}

Ref permutations_next(Value v) {
  Combinatoric* c = v.as<Combinatoric>();
  if (c->stopped) return nullptr;
  if (!c->started) {
    c->started = true;
    return combinatoric_emit(c);
  }
  size_t n = c->indices.size();
  // Walk the positions right to left: each cycles through the indices not
  // used to its left; when one wraps, rotate its tail back and move left.
  for (size_t i = c->r; i-- > 0;) {
    if (--c->cycles[i] == 0) {
      size_t first = c->indices[i];
      for (size_t k = i; k + 1 < n; ++k) c->indices[k] = c->indices[k + 1];
      c->indices[n - 1] = first;
      c->cycles[i] = n - i;
    } else {
      std::swap(c->indices[i], c->indices[n - c->cycles[i]]);
      return combinatoric_emit(c);
    }
  }
  c->stopped = true;
  return nullptr;
}

Ref combinations_make(Type* t, const char* name, const Value* args, size_t nargs, Value kwnames,
                      bool with_replacement) {
  Value a[2];
  if (!parse_args(name, args, nargs, kwnames, {"iterable", "r"}, 2, a)) return nullptr;
  Ref pool = pool_of(a[0]);
  if (!pool) return nullptr;
  size_t n = pool_size(pool), r;
  if (!r_arg(a[1], 0, nullptr, &r)) return nullptr;
  Combinatoric* c = single_pool(t, std::move(pool), r);
  if (!c) return nullptr;
  c->stopped = with_replacement ? (n == 0 && r > 0) : r > n;
  for (size_t i = 0; i < r; ++i) c->indices.push_back(with_replacement ? 0 : i);
  return Ref::steal(c);
}

Ref combinations_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  return combinations_make(t, "combinations", args, nargs, kwnames, false);
}

Ref cwr_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  return combinations_make(t, "combinations_with_replacement", args, nargs, kwnames, true);
}

Ref combinations_next(Value v) {
  Combinatoric* c = v.as<Combinatoric>();
  if (c->stopped) return nullptr;
  if (!c->started) {
    c->started = true;
    return combinatoric_emit(c);
  }
  size_t n = pool_size(c->pools[0]), r = c->r;
  // The rightmost index not yet at its maximum (i + n - r) moves up; the
  // indices after it follow consecutively.
  for (size_t i = r; i-- > 0;) {
    if (c->indices[i] != i + n - r) {
      c->indices[i]++;
      for (size_t j = i + 1; j < r; ++j) c->indices[j] = c->indices[j - 1] + 1;
      return combinatoric_emit(c);
    }
  }
  c->stopped = true;
  return nullptr;
}

Ref cwr_next(Value v) {
  Combinatoric* c = v.as<Combinatoric>();
  if (c->stopped) return nullptr;
  if (!c->started) {
    c->started = true;
    return combinatoric_emit(c);
  }
  size_t n = pool_size(c->pools[0]), r = c->r;
  // The rightmost index below n - 1 moves up; all after it take its value.
  for (size_t i = r; i-- > 0;) {
    if (c->indices[i] != n - 1) {
      size_t x = c->indices[i] + 1;
      for (size_t j = i; j < r; ++j) c->indices[j] = x;
      return combinatoric_emit(c);
    }
  }
  c->stopped = true;
  return nullptr;
}

// --- tee ---

Type TeeType, TeeChunkType;

constexpr size_t kTeeChunk = 57;

struct TeeChunk : Object {
  Ref it;    // the shared source iterator
  Ref next;  // the following chunk, once this one is full
  size_t count;
  Ref values[kTeeChunk];
};

struct Tee : Object {
  Ref chunk;
  size_t index;  // next position in chunk
};

Ref tee_chunk_new(Value it) {
  TeeChunk* c = alloc_object<TeeChunk>(&TeeChunkType);
  if (!c) return nullptr;
  c->it = Ref::dup(it);
  return Ref::steal(c);
}

// Frees a chain of chunks iteratively: each chunk's successor is detached
// before the chunk goes, and freed in turn only when nothing else holds it.
void tee_chunk_dealloc(Object* o) {
  Ref next = std::move(static_cast<TeeChunk*>(o)->next);
  destroy_object<TeeChunk>(o);
  while (next && is_unique(next.obj())) {
    Ref after = std::move(next.as<TeeChunk>()->next);
    next = std::move(after);
  }
}

Ref tee_make(Type* t, Ref chunk, size_t index) {
  Tee* o = alloc_it<Tee>(t);
  if (!o) return nullptr;
  o->chunk = std::move(chunk);
  o->index = index;
  return Ref::steal(o);
}

Ref tee_copy(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__copy__", kwnames) || !check_nargs("__copy__", nargs, 0, 0)) return nullptr;
  Tee* o = self.as<Tee>();
  return tee_make(type_of(self), o->chunk.dup(), o->index);
}

// A fresh tee over `iterable`; a tee argument is copied so both share data.
Ref tee_from(Type* t, Value iterable) {
  if (type_of(iterable) == &TeeType) return tee_copy(iterable, nullptr, 0, Value());
  Ref it = get_iter(iterable);
  if (!it) return nullptr;
  Ref chunk = tee_chunk_new(it);
  if (!chunk) return nullptr;
  return tee_make(t, std::move(chunk), 0);
}

Ref tee_type_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!exact_args("_tee", kwnames, nargs, 1)) return nullptr;
  return tee_from(t, args[0]);
}

Ref tee_next(Value v) {
  Tee* o = v.as<Tee>();
  TeeChunk* c = o->chunk.as<TeeChunk>();
  if (o->index == kTeeChunk) {
    if (!c->next) {
      c->next = tee_chunk_new(c->it);
      if (!c->next) return nullptr;
    }
    o->chunk = c->next.dup();
    c = o->chunk.as<TeeChunk>();
    o->index = 0;
  }
  if (o->index < c->count) return c->values[o->index++].dup();
  Ref x = iter_next(c->it);
  if (!x) return nullptr;
  c->values[c->count++] = x.dup();
  o->index++;
  return x;
}

// tee(iterable, n): an iterator that can copy itself (__copy__, as a tee
// can) is the first result and the others are its copies, as in CPython;
// anything else is wrapped in a new tee first.
Ref itertools_tee(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("tee", kwnames) || !check_nargs("tee", nargs, 1, 2)) return nullptr;
  ptrdiff_t n = 2;
  if (nargs == 2 && !index_ssize(args[1], &n)) return nullptr;
  if (n < 0) return raise(&Exc_ValueError, "n must be >= 0");
  Tuple* t = tuple_alloc(size_t(n));
  if (!t) return nullptr;
  Ref result = Ref::steal(t);
  if (n == 0) return result;
  Ref first = get_iter(args[0]);
  if (!first) return nullptr;
  static Str* copy_name = intern("__copy__");
  if (!type_lookup(type_of(first), copy_name)) {
    first = tee_from(&TeeType, first);
    if (!first) return nullptr;
  }
  for (ptrdiff_t i = 1; i < n; ++i) {
    Ref copy = call_method(first, "__copy__", nullptr, 0);
    if (!copy) return nullptr;
    tuple_set(t, size_t(i), std::move(copy));
  }
  tuple_set(t, 0, std::move(first));
  return result;
}

const MethodDef tee_methods[] = {
    {"__copy__", tee_copy},
    {nullptr, nullptr},
};

const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint},
    {nullptr, nullptr},
};

// --- registration ---

TypeRegistrar count_reg(&CountType, [](Type& t) {
  setup_type<Count>(t, "itertools.count", count_next);
  t.new_ = count_new;
  t.repr = count_repr;
});
TypeRegistrar cycle_reg(&CycleType, [](Type& t) {
  setup_type<Cycle>(t, "itertools.cycle", cycle_next);
  t.new_ = cycle_new;
});
TypeRegistrar repeat_reg(&RepeatType, [](Type& t) {
  setup_type<Repeat>(t, "itertools.repeat", repeat_next);
  t.new_ = repeat_new;
  t.repr = repeat_repr;
  t.methods = repeat_methods;
});
TypeRegistrar accumulate_reg(&AccumulateType, [](Type& t) {
  setup_type<Accumulate>(t, "itertools.accumulate", accumulate_next);
  t.new_ = accumulate_new;
});
TypeRegistrar chain_reg(&ChainType, [](Type& t) {
  setup_type<Chain>(t, "itertools.chain", chain_next);
  t.new_ = chain_new;
  t.methods = chain_methods;
});
TypeRegistrar compress_reg(&CompressType, [](Type& t) {
  setup_type<Filtered>(t, "itertools.compress", compress_next);
  t.new_ = compress_new;
});
TypeRegistrar dropwhile_reg(&DropWhileType, [](Type& t) {
  setup_type<Filtered>(t, "itertools.dropwhile", dropwhile_next);
  t.new_ = predicate_new<kDropWhile>;
});
TypeRegistrar takewhile_reg(&TakeWhileType, [](Type& t) {
  setup_type<Filtered>(t, "itertools.takewhile", takewhile_next);
  t.new_ = predicate_new<kTakeWhile>;
});
TypeRegistrar filterfalse_reg(&FilterFalseType, [](Type& t) {
  setup_type<Filtered>(t, "itertools.filterfalse", filterfalse_next);
  t.new_ = predicate_new<kFilterFalse>;
});
TypeRegistrar starmap_reg(&StarmapType, [](Type& t) {
  setup_type<Filtered>(t, "itertools.starmap", starmap_next);
  t.new_ = starmap_new;
});
TypeRegistrar groupby_reg(&GroupByType, [](Type& t) {
  setup_type<GroupBy>(t, "itertools.groupby", groupby_next);
  t.new_ = groupby_new;
});
TypeRegistrar grouper_reg(&GrouperType, [](Type& t) {
  setup_type<Grouper>(t, "itertools._grouper", grouper_next);
  t.flags = 0;
});
TypeRegistrar islice_reg(&IsliceType, [](Type& t) {
  setup_type<Islice>(t, "itertools.islice", islice_next);
  t.new_ = islice_new;
});
TypeRegistrar pairwise_reg(&PairwiseType, [](Type& t) {
  setup_type<Pairwise>(t, "itertools.pairwise", pairwise_next);
  t.new_ = pairwise_new;
});
TypeRegistrar zip_longest_reg(&ZipLongestType, [](Type& t) {
  setup_type<ZipLongest>(t, "itertools.zip_longest", zip_longest_next);
  t.new_ = zip_longest_new;
});
TypeRegistrar product_reg(&ProductType, [](Type& t) {
  setup_type<Combinatoric>(t, "itertools.product", product_next);
  t.new_ = product_new;
});
TypeRegistrar permutations_reg(&PermutationsType, [](Type& t) {
  setup_type<Combinatoric>(t, "itertools.permutations", permutations_next);
  t.new_ = permutations_new;
});
TypeRegistrar combinations_reg(&CombinationsType, [](Type& t) {
  setup_type<Combinatoric>(t, "itertools.combinations", combinations_next);
  t.new_ = combinations_new;
});
TypeRegistrar cwr_reg(&CwrType, [](Type& t) {
  setup_type<Combinatoric>(t, "itertools.combinations_with_replacement", cwr_next);
  t.new_ = cwr_new;
});
TypeRegistrar tee_reg(&TeeType, [](Type& t) {
  setup_type<Tee>(t, "itertools._tee", tee_next);
  t.new_ = tee_type_new;
  t.methods = tee_methods;
});
TypeRegistrar tee_chunk_reg(&TeeChunkType, [](Type& t) {
  t.name = "itertools._tee_dataobject";
  t.basicsize = sizeof(TeeChunk);
  t.dealloc = tee_chunk_dealloc;
});

int itertools_init(Value module) {
  Type* types[] = {&CountType,        &CycleType,      &RepeatType,    &AccumulateType,
                   &ChainType,        &CompressType,   &DropWhileType, &TakeWhileType,
                   &FilterFalseType,  &StarmapType,    &GroupByType,   &IsliceType,
                   &PairwiseType,     &ZipLongestType, &ProductType,   &PermutationsType,
                   &CombinationsType, &CwrType,        &TeeType,       &GrouperType,
                   &TeeChunkType};
  for (Type* t : types) {
    if (module_add_object(module, short_name(t->name), Value(t)) < 0) return -1;
  }
  return module_add_function(module, "tee", itertools_tee);
}

const NativeModuleDef itertools_module = {"itertools", itertools_init};
NativeModuleRegistrar itertools_module_reg(&itertools_module);

}  // namespace
}  // namespace gp
