// The `_collections` module: deque and defaultdict, which collections
// re-exports.
//
// deque is a ring buffer: a power-of-two array of owned references with a
// head position and a size, so both ends grow and shrink in O(1) amortised
// and indexing is O(1) (CPython uses linked blocks, whose indexing is O(n)).
// A bounded deque drops items from the opposite end as new ones arrive.
// Every change of shape bumps `state`; iterators and the searching methods
// compare it to report "deque mutated during iteration" instead of reading
// a moved buffer. Under the free-threaded build a deque is not locked yet:
// concurrent mutation from several threads is a data race.
//
// defaultdict is a dict subclass whose __missing__ calls default_factory;
// dict's subscript already looks __missing__ up for subclasses.
// _count_elements is Counter's counting loop, native for speed.
// _tuplegetter is the descriptor behind namedtuple fields: item i of the
// tuple, read-only with CPython's "can't set attribute".
#include <cstdio>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

Type DequeType, DequeIterType, DequeRevIterType, DefaultDictType;

struct Deque : Object {
  Value* items;  // owned references; capacity is a power of two (or 0)
  size_t capacity;
  size_t head;  // index in `items` of element 0
  size_t size;
  ptrdiff_t maxlen;  // -1: unbounded
  uint64_t state;

  Value& at(size_t i) { return items[(head + i) & (capacity - 1)]; }
};

bool is_deque(Value v) { return v.is_obj() && type_is_subtype(type_of(v), &DequeType); }

void deque_dealloc(Object* o) {
  Deque* d = static_cast<Deque*>(o);
  for (size_t i = 0; i < d->size; ++i) decref(d->at(i));
  gp_free(d->items);
  destroy_object<Deque>(o);
}

// Makes room for one more item.
bool deque_reserve(Deque* d) {
  if (d->size < d->capacity) return true;
  size_t cap = d->capacity ? d->capacity * 2 : 8;
  auto* items = static_cast<Value*>(gp_malloc(cap * sizeof(Value)));
  if (!items) {
    raise(&Exc_MemoryError, "%s", "");
    return false;
  }
  for (size_t i = 0; i < d->size; ++i) items[i] = d->at(i);
  gp_free(d->items);
  d->items = items;
  d->capacity = cap;
  d->head = 0;
  return true;
}

Ref take_back(Deque* d) {
  d->state++;
  return Ref::steal(d->at(--d->size));
}

Ref take_front(Deque* d) {
  d->state++;
  Value v = d->items[d->head];
  d->head = (d->head + 1) & (d->capacity - 1);
  d->size--;
  return Ref::steal(v);
}

bool full(Deque* d) { return d->maxlen >= 0 && d->size >= size_t(d->maxlen); }

int push_back(Deque* d, Value v) {
  if (d->maxlen == 0) return 0;
  Ref dropped = full(d) ? take_front(d) : Ref();
  if (!deque_reserve(d)) return -1;
  d->state++;
  d->at(d->size++) = Ref::dup(v).release();
  return 0;
}

int push_front(Deque* d, Value v) {
  if (d->maxlen == 0) return 0;
  Ref dropped = full(d) ? take_back(d) : Ref();
  if (!deque_reserve(d)) return -1;
  d->state++;
  d->head = (d->head - 1) & (d->capacity - 1);
  d->size++;
  d->items[d->head] = Ref::dup(v).release();
  return 0;
}

void deque_clear(Deque* d) {
  d->state++;
  while (d->size) take_back(d);
  d->head = 0;
}

// Adds the items of `iterable` at one end; the deque itself is copied first.
int deque_extend_end(Deque* d, Value iterable, bool left) {
  Ref source = iterable.is(Value(d)) ? list_from_iterable(iterable) : Ref::dup(iterable);
  if (!source) return -1;
  Ref it = get_iter(source);
  if (!it) return -1;
  for (;;) {
    Ref x = iter_next(it);
    if (!x) return err_occurred() ? -1 : 0;
    if ((left ? push_front(d, x) : push_back(d, x)) < 0) return -1;
  }
}

Ref deque_alloc(Type* t, ptrdiff_t maxlen) {
  Deque* d = alloc_object<Deque>(t, t->basicsize);
  if (!d) return nullptr;
  d->maxlen = maxlen;
  return Ref::steal(d);
}

Ref deque_new(Type* t, const Value*, size_t, Value) { return deque_alloc(t, -1); }

bool maxlen_arg(Value v, ptrdiff_t* out) {
  *out = -1;
  if (!v || is_none(v)) return true;
  if (!is_int(v)) {
    raise(&Exc_TypeError, "an integer is required");
    return false;
  }
  if (!index_ssize(v, out)) return false;
  if (*out < 0) {
    raise(&Exc_ValueError, "maxlen must be non-negative");
    return false;
  }
  return true;
}

int deque_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("deque", args, nargs, kwnames, {"iterable", "maxlen"}, 0, a)) return -1;
  Deque* d = self.as<Deque>();
  ptrdiff_t maxlen;
  if (!maxlen_arg(a[1], &maxlen)) return -1;
  d->maxlen = maxlen;
  if (d->size) deque_clear(d);
  return a[0] ? deque_extend_end(d, a[0], false) : 0;
}

// A new deque of the same type and maxlen holding the items of `d`.
Ref deque_copy_of(Value self) {
  Deque* d = self.as<Deque>();
  Type* t = type_of(self);
  if (t != &DequeType) {
    Value args[2] = {self, d->maxlen < 0 ? None() : Value::small(d->maxlen)};
    return call(Value(t), args, 2);
  }
  Ref r = deque_alloc(t, d->maxlen);
  if (!r) return nullptr;
  for (size_t i = 0; i < d->size; ++i)
    if (push_back(r.as<Deque>(), d->at(i)) < 0) return nullptr;
  return r;
}

// method_args with the short type name CPython shows: "deque.count()".
bool short_method_args(const char* owner, const char* name, Value kwnames, size_t nargs, size_t min,
                       size_t max) {
  bool no_kw = !kwnames || kwnames.as<Tuple>()->size == 0;
  if (GP_LIKELY(no_kw && nargs >= min && nargs <= max)) return true;
  char qualified[64];  // only built for the error message
  std::snprintf(qualified, sizeof qualified, "%s.%s", owner, name);
  if (!no_kw) return no_kwargs(qualified, kwnames);
  return check_nargs(min == max && min <= 1 ? qualified : name, nargs, min, max);
}
bool no_args(const char* name, size_t nargs, Value kwnames) {
  return short_method_args("deque", name, kwnames, nargs, 0, 0);
}
bool one_arg(const char* name, size_t nargs, Value kwnames) {
  return short_method_args("deque", name, kwnames, nargs, 1, 1);
}

Ref deque_append(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("append", nargs, kwnames) || push_back(self.as<Deque>(), args[0]) < 0)
    return nullptr;
  return none_ref();
}

Ref deque_appendleft(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("appendleft", nargs, kwnames) || push_front(self.as<Deque>(), args[0]) < 0)
    return nullptr;
  return none_ref();
}

Ref deque_pop(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("pop", nargs, kwnames)) return nullptr;
  Deque* d = self.as<Deque>();
  if (!d->size) return raise(&Exc_IndexError, "pop from an empty deque");
  return take_back(d);
}

Ref deque_popleft(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("popleft", nargs, kwnames)) return nullptr;
  Deque* d = self.as<Deque>();
  if (!d->size) return raise(&Exc_IndexError, "pop from an empty deque");
  return take_front(d);
}

Ref deque_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("extend", nargs, kwnames) || deque_extend_end(self.as<Deque>(), args[0], false) < 0)
    return nullptr;
  return none_ref();
}

Ref deque_extendleft(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("extendleft", nargs, kwnames) ||
      deque_extend_end(self.as<Deque>(), args[0], true) < 0)
    return nullptr;
  return none_ref();
}

// Moves the last n items to the front (n < 0: the first -n to the back).
void deque_rotate_by(Deque* d, ptrdiff_t n) {
  ptrdiff_t len = ptrdiff_t(d->size);
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return;
  d->state++;
  if (d->size == d->capacity) {
    d->head = (d->head - size_t(n)) & (d->capacity - 1);
    return;
  }
  // Move whichever side is shorter, one item at a time (no allocation:
  // there is always a free slot).
  size_t mask = d->capacity - 1;
  if (n <= len / 2) {
    for (ptrdiff_t i = 0; i < n; ++i) {
      Value v = d->at(d->size - 1);
      d->head = (d->head - 1) & mask;
      d->items[d->head] = v;
    }
  } else {
    for (ptrdiff_t i = n; i < len; ++i) {
      Value v = d->items[d->head];
      d->head = (d->head + 1) & mask;
      d->at(d->size - 1) = v;
    }
  }
}

Ref deque_rotate(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!short_method_args("deque", "rotate", kwnames, nargs, 0, 1)) return nullptr;
  ptrdiff_t n = 1;
  if (nargs && !index_ssize(args[0], &n)) return nullptr;
  deque_rotate_by(self.as<Deque>(), n);
  return none_ref();
}

Ref deque_clear_method(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("clear", nargs, kwnames)) return nullptr;
  deque_clear(self.as<Deque>());
  return none_ref();
}

// Index of the first item equal to x in [start, stop), -1 when absent, -2
// on error (including mutation by an __eq__).
ptrdiff_t deque_find(Deque* d, Value x, size_t start, size_t stop) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->size; ++i) {
    Ref item = Ref::dup(d->at(i));
    int eq = equal(item, x);
    if (eq < 0) return -2;
    if (d->state != state) {
      raise(&Exc_RuntimeError, "deque mutated during iteration");
      return -2;
    }
    if (eq) return ptrdiff_t(i);
  }
  return -1;
}

Ref deque_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("count", nargs, kwnames)) return nullptr;
  Deque* d = self.as<Deque>();
  int64_t n = 0;
  for (size_t i = 0;; ++i) {
    ptrdiff_t at = deque_find(d, args[0], i, d->size);
    if (at == -2) return nullptr;
    if (at < 0) return int_from_i64(n);
    n++;
    i = size_t(at);
  }
}

std::nullptr_t not_in_deque(Value x) {
  Ref r = repr(x);
  if (!r) return nullptr;
  return raise(&Exc_ValueError, "%s is not in deque", r.as<Str>()->data);
}

Ref deque_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!short_method_args("deque", "index", kwnames, nargs, 1, 3)) return nullptr;
  Deque* d = self.as<Deque>();
  size_t start, stop;
  if (!seq_index_bounds(args + 1, nargs - 1, d->size, &start, &stop)) return nullptr;
  ptrdiff_t at = deque_find(d, args[0], start, stop);
  if (at == -2) return nullptr;
  if (at < 0) return not_in_deque(args[0]);
  return Ref::small(at);
}

// Removes item i by shifting the shorter side over it.
Ref deque_take(Deque* d, size_t i) {
  Ref v = Ref::steal(d->at(i));
  d->state++;
  if (i < d->size / 2) {
    for (size_t k = i; k > 0; --k) d->at(k) = d->at(k - 1);
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    for (size_t k = i; k + 1 < d->size; ++k) d->at(k) = d->at(k + 1);
  }
  d->size--;
  return v;
}

Ref deque_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("remove", nargs, kwnames)) return nullptr;
  Deque* d = self.as<Deque>();
  ptrdiff_t at = deque_find(d, args[0], 0, d->size);
  if (at == -2) return nullptr;
  if (at < 0) return not_in_deque(args[0]);
  deque_take(d, size_t(at));
  return none_ref();
}

Ref deque_reverse(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("reverse", nargs, kwnames)) return nullptr;
  Deque* d = self.as<Deque>();
  d->state++;
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
  return none_ref();
}

Ref deque_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!short_method_args("deque", "insert", kwnames, nargs, 2, 2)) return nullptr;
  Deque* d = self.as<Deque>();
  ptrdiff_t i;
  if (!index_ssize(args[0], &i)) return nullptr;
  if (full(d)) return raise(&Exc_IndexError, "deque already at its maximum size");
  ptrdiff_t n = ptrdiff_t(d->size);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  if (push_back(d, args[1]) < 0) return nullptr;
  Value v = d->at(d->size - 1);
  for (size_t k = d->size - 1; k > size_t(i); --k) d->at(k) = d->at(k - 1);
  d->at(size_t(i)) = v;
  return none_ref();
}

Ref deque_copy(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("copy", nargs, kwnames)) return nullptr;
  return deque_copy_of(self);
}

Ref deque_reversed(Value self, const Value*, size_t nargs, Value kwnames);

Ref deque_get_maxlen(Value self) {
  ptrdiff_t m = self.as<Deque>()->maxlen;
  return m < 0 ? none_ref() : Ref::small(m);
}

ptrdiff_t deque_length(Value self) { return ptrdiff_t(self.as<Deque>()->size); }

// Checks a subscript: 1 with the position in *i, -1 after raising.
int deque_position(Deque* d, Value key, size_t* i) {
  if (!is_int(key) && !(type_of(key)->number && type_of(key)->number->index)) {
    raise(&Exc_TypeError, "sequence index must be integer, not '%s'", type_name(key));
    return -1;
  }
  ptrdiff_t k;
  if (!index_ssize(key, &k)) return -1;
  if (k < 0) k += ptrdiff_t(d->size);
  if (k < 0 || size_t(k) >= d->size) {
    raise(&Exc_IndexError, "deque index out of range");
    return -1;
  }
  *i = size_t(k);
  return 1;
}

Ref deque_getitem(Value self, Value key) {
  Deque* d = self.as<Deque>();
  size_t i;
  if (deque_position(d, key, &i) < 0) return nullptr;
  return Ref::dup(d->at(i));
}

int deque_setitem(Value self, Value key, Value v) {
  Deque* d = self.as<Deque>();
  size_t i;
  if (deque_position(d, key, &i) < 0) return -1;
  if (!v) {
    deque_take(d, i);
    return 0;
  }
  Ref old = Ref::steal(d->at(i));
  d->at(i) = Ref::dup(v).release();
  return 0;
}

int deque_contains(Value self, Value x) {
  Deque* d = self.as<Deque>();
  ptrdiff_t at = deque_find(d, x, 0, d->size);
  return at == -2 ? -1 : at >= 0;
}

Ref deque_repr(Value self) {
  int rec = repr_enter(self);
  if (rec < 0) return nullptr;
  if (rec > 0) return new_str("[...]");
  Deque* d = self.as<Deque>();
  Ref list = new_list(d->size);
  for (size_t i = 0; list && i < d->size; ++i)
    if (list_append(list, d->at(i)) < 0) list.reset();
  Ref items = list ? repr(list) : Ref();
  repr_leave(self);
  if (!items) return nullptr;
  const char* name = type_name(self);
  if (const char* dot = __builtin_strrchr(name, '.')) name = dot + 1;
  if (d->maxlen < 0) return str_printf("%s(%s)", name, items.as<Str>()->data);
  return str_printf("%s(%s, maxlen=%zd)", name, items.as<Str>()->data, d->maxlen);
}

Ref deque_richcompare(Value a, Value b, CompareOp op) {
  if (!is_deque(a) || !is_deque(b)) return not_implemented_ref();
  Deque* x = a.as<Deque>();
  Deque* y = b.as<Deque>();
  size_t i = 0;
  // Find the first differing position (sizes are re-read: __eq__ may mutate).
  for (; i < x->size && i < y->size; ++i) {
    Ref p = Ref::dup(x->at(i)), q = Ref::dup(y->at(i));
    int eq = equal(p, q);
    if (eq < 0) return nullptr;
    if (!eq) {
      if (op == CompareOp::Eq) return bool_ref(false);
      if (op == CompareOp::Ne) return bool_ref(true);
      return compare(p, q, op);
    }
  }
  size_t n = x->size, m = y->size;
  bool r = false;
  switch (op) {
    case CompareOp::Lt:
      r = n < m;
      break;
    case CompareOp::Le:
      r = n <= m;
      break;
    case CompareOp::Eq:
      r = n == m;
      break;
    case CompareOp::Ne:
      r = n != m;
      break;
    case CompareOp::Gt:
      r = n > m;
      break;
    case CompareOp::Ge:
      r = n >= m;
      break;
  }
  return bool_ref(r);
}

Ref deque_add(Value a, Value b) {
  if (!is_deque(a)) return not_implemented_ref();
  if (!is_deque(b))
    return raise(&Exc_TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(b));
  Ref r = deque_copy_of(a);
  if (!r || deque_extend_end(r.as<Deque>(), b, false) < 0) return nullptr;
  return r;
}

Ref deque_inplace_add(Value a, Value b) {
  if (deque_extend_end(a.as<Deque>(), b, false) < 0) return nullptr;
  return Ref::dup(a);
}

// Repeats the items of `d` in place n - 1 more times (a bounded deque
// keeps only the last maxlen).
int deque_repeat_in_place(Deque* d, ptrdiff_t n) {
  if (n <= 0) {
    deque_clear(d);
    return 0;
  }
  size_t len = d->size;
  for (ptrdiff_t k = 1; k < n; ++k) {
    for (size_t i = 0; i < len; ++i) {
      // With a bound, the item we copy may have shifted towards the front.
      size_t at = d->size - len;
      Ref v = Ref::dup(d->at(at));
      if (push_back(d, v) < 0) return -1;
    }
  }
  return 0;
}

Ref deque_mul(Value a, Value b) {
  Value seq;
  ptrdiff_t n;
  int r = seq_repeat_args(a, b, is_deque, &seq, &n);
  if (r <= 0) return r == 0 ? not_implemented_ref() : nullptr;
  Ref copy = deque_copy_of(seq);
  if (!copy || deque_repeat_in_place(copy.as<Deque>(), n) < 0) return nullptr;
  return copy;
}

Ref deque_inplace_mul(Value a, Value b) {
  Value seq;
  ptrdiff_t n;
  int r = seq_repeat_args(a, b, is_deque, &seq, &n);
  if (r <= 0) return r == 0 ? not_implemented_ref() : nullptr;
  if (deque_repeat_in_place(a.as<Deque>(), n) < 0) return nullptr;
  return Ref::dup(a);
}

// --- iterators ---

struct DequeIter : Object {
  Ref deque;
  size_t index;    // items handed out so far
  uint64_t state;  // the deque's state when iteration began
};

Ref deque_iter_make(Type* t, Value self) {
  DequeIter* it = alloc_object<DequeIter>(t);
  if (!it) return nullptr;
  it->deque = Ref::dup(self);
  it->state = self.as<Deque>()->state;
  return Ref::steal(it);
}

Ref deque_iter(Value self) { return deque_iter_make(&DequeIterType, self); }

Ref deque_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("__reversed__", nargs, kwnames)) return nullptr;
  return deque_iter_make(&DequeRevIterType, self);
}

// Position of the next item, or false at the end / after raising.
bool deque_iter_step(DequeIter* it, size_t* i) {
  Deque* d = it->deque.as<Deque>();
  if (d->state != it->state) {
    raise(&Exc_RuntimeError, "deque mutated during iteration");
    return false;
  }
  if (it->index >= d->size) return false;
  *i = it->index++;
  return true;
}

Ref deque_iter_next(Value v) {
  DequeIter* it = v.as<DequeIter>();
  size_t i;
  if (!deque_iter_step(it, &i)) return nullptr;
  return Ref::dup(it->deque.as<Deque>()->at(i));
}

Ref deque_rev_iter_next(Value v) {
  DequeIter* it = v.as<DequeIter>();
  size_t i;
  if (!deque_iter_step(it, &i)) return nullptr;
  Deque* d = it->deque.as<Deque>();
  return Ref::dup(d->at(d->size - 1 - i));
}

const MethodDef deque_methods[] = {
    {"append", deque_append}, {"appendleft", deque_appendleft},
    {"pop", deque_pop},       {"popleft", deque_popleft},
    {"extend", deque_extend}, {"extendleft", deque_extendleft},
    {"rotate", deque_rotate}, {"clear", deque_clear_method},
    {"count", deque_count},   {"index", deque_index},
    {"remove", deque_remove}, {"reverse", deque_reverse},
    {"insert", deque_insert}, {"copy", deque_copy},
    {"__copy__", deque_copy}, {"__reversed__", deque_reversed},
    {nullptr, nullptr},
};

const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, nullptr},
    {nullptr, nullptr, nullptr},
};

NumberSlots deque_number;

TypeRegistrar deque_reg(&DequeType, [](Type& t) {
  t.name = "collections.deque";
  t.basicsize = sizeof(Deque);
  t.flags = kTpBaseType;
  t.dealloc = deque_dealloc;
  t.new_ = deque_new;
  t.init = deque_init;
  t.repr = deque_repr;
  t.hash = hash_unhashable;
  t.richcompare = deque_richcompare;
  t.iter = deque_iter;
  t.length = deque_length;
  t.getitem = deque_getitem;
  t.setitem = deque_setitem;
  t.contains = deque_contains;
  deque_number.binary[int(BinOp::Add)] = deque_add;
  deque_number.binary[int(BinOp::Mul)] = deque_mul;
  deque_number.inplace[int(BinOp::Add)] = deque_inplace_add;
  deque_number.inplace[int(BinOp::Mul)] = deque_inplace_mul;
  t.number = &deque_number;
  t.methods = deque_methods;
  t.getset = deque_getset;
});

TypeRegistrar deque_iter_reg(&DequeIterType, [](Type& t) {
  t.name = "_collections._deque_iterator";
  t.basicsize = sizeof(DequeIter);
  t.dealloc = destroy_object<DequeIter>;
  t.iter = iter_self;
  t.iternext = deque_iter_next;
});

TypeRegistrar deque_rev_iter_reg(&DequeRevIterType, [](Type& t) {
  t.name = "_collections._deque_reverse_iterator";
  t.basicsize = sizeof(DequeIter);
  t.dealloc = destroy_object<DequeIter>;
  t.iter = iter_self;
  t.iternext = deque_rev_iter_next;
});

// --- defaultdict ---

struct DefaultDict : Dict {
  Ref factory;  // null means None
};

void defaultdict_dealloc(Object* o) {
  static_cast<DefaultDict*>(o)->factory.reset();
  DictType.dealloc(o);
}

Value factory_of(Value self) {
  Value f = self.as<DefaultDict>()->factory;
  return f ? f : None();
}

int defaultdict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value factory = nargs ? args[0] : None();
  if (!is_none(factory) && !type_of(factory)->call) {
    raise(&Exc_TypeError, "first argument must be callable or None");
    return -1;
  }
  self.as<DefaultDict>()->factory = is_none(factory) ? Ref() : Ref::dup(factory);
  size_t skip = nargs ? 1 : 0;
  return DictType.init(self, args + skip, nargs - skip, kwnames);
}

Ref defaultdict_missing(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!short_method_args("defaultdict", "__missing__", kwnames, nargs, 1, 1)) return nullptr;
  Value factory = self.as<DefaultDict>()->factory;
  if (!factory) return raise_key_error(args[0]);
  Ref v = call0(factory);
  if (!v || setitem(self, args[0], v) < 0) return nullptr;
  return v;
}

// A defaultdict of type t with `factory` holding the items of `items`.
Ref defaultdict_make(Type* t, Value factory, Value items) {
  Value args[2] = {factory, items};
  return call(Value(t), args, 2);
}

Ref defaultdict_copy(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!short_method_args("defaultdict", "copy", kwnames, nargs, 0, 0)) return nullptr;
  return defaultdict_make(type_of(self), factory_of(self), self);
}

Ref defaultdict_repr(Value self) {
  Ref f = repr(factory_of(self));
  if (!f) return nullptr;
  Ref items = DictType.repr(self);
  if (!items) return nullptr;
  const char* name = type_name(self);
  if (const char* dot = __builtin_strrchr(name, '.')) name = dot + 1;
  return str_printf("%s(%s, %s)", name, f.as<Str>()->data, items.as<Str>()->data);
}

bool is_defaultdict(Value v) { return v.is_obj() && type_is_subtype(type_of(v), &DefaultDictType); }

// d | other and other | d: a defaultdict with d's factory.
Ref defaultdict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented_ref();
  Value d = is_defaultdict(a) ? a : b;
  Ref r = defaultdict_make(type_of(d), factory_of(d), a);
  if (!r || dict_update(r, b) < 0) return nullptr;
  return r;
}

Ref defaultdict_get_factory(Value self) { return Ref::dup(factory_of(self)); }

int defaultdict_set_factory(Value self, Value v) {
  self.as<DefaultDict>()->factory = v && !is_none(v) ? Ref::dup(v) : Ref();
  return 0;
}

const MethodDef defaultdict_methods[] = {
    {"__missing__", defaultdict_missing},
    {"copy", defaultdict_copy},
    {"__copy__", defaultdict_copy},
    {nullptr, nullptr},
};

const GetSetDef defaultdict_getset[] = {
    {"default_factory", defaultdict_get_factory, defaultdict_set_factory},
    {nullptr, nullptr, nullptr},
};

NumberSlots defaultdict_number;

TypeRegistrar defaultdict_reg(&DefaultDictType, [](Type& t) {
  t.name = "collections.defaultdict";
  t.basicsize = sizeof(DefaultDict);
  t.flags = kTpBaseType;
  t.base = &DictType;
  t.dealloc = defaultdict_dealloc;
  t.init = defaultdict_init;
  t.repr = defaultdict_repr;
  defaultdict_number.binary[int(BinOp::Or)] = defaultdict_or;
  t.number = &defaultdict_number;
  t.methods = defaultdict_methods;
  t.getset = defaultdict_getset;
});

// --- _count_elements: Counter's counting loop ---

// mapping[x] = mapping.get(x, 0) + 1 for each x; straight on the dict when
// the mapping's type keeps dict's get and __setitem__ (Counter does).
Ref collections_count_elements(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("_count_elements", kwnames) || !check_nargs("_count_elements", nargs, 2, 2))
    return nullptr;
  Value mapping = args[0];
  Type* t = type_of(mapping);
  static Str* get_name = intern("get");
  static Str* setitem_name = intern("__setitem__");
  bool fast = is_dict(mapping) && type_lookup(t, get_name).is(type_lookup(&DictType, get_name)) &&
              type_lookup(t, setitem_name).is(type_lookup(&DictType, setitem_name));
  Ref it = get_iter(args[1]);
  if (!it) return nullptr;
  Ref get = fast ? Ref() : getattr(mapping, Value(get_name));
  if (!fast && !get) return nullptr;
  for (;;) {
    Ref x = iter_next(it);
    if (!x) break;
    Ref old;
    if (fast) {
      Value v = dict_get(mapping, x);
      if (!v && err_occurred()) return nullptr;
      old = v ? Ref::dup(v) : Ref::small(0);
    } else {
      old = call2(get, x, Value::small(0));
      if (!old) return nullptr;
    }
    Ref next = old.get().is_small() && old.get().small_value() < Value::kSmallMax
                   ? Ref::small(old.get().small_value() + 1)
                   : binary_op(old, Value::small(1), BinOp::Add);
    if (!next || (fast ? dict_set(mapping, x, next) : setitem(mapping, x, next)) < 0)
      return nullptr;
  }
  if (err_occurred()) return nullptr;
  return none_ref();
}

// --- _tuplegetter: namedtuple's read-only field accessors ---

Type TupleGetterType;

struct TupleGetter : Object {
  ptrdiff_t index;
  Ref doc;
};

Ref tuplegetter_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("_tuplegetter", kwnames) || !check_nargs("_tuplegetter", nargs, 2, 2))
    return nullptr;
  ptrdiff_t index;
  if (!index_ssize(args[0], &index)) return nullptr;
  TupleGetter* g = alloc_object<TupleGetter>(t, t->basicsize);
  if (!g) return nullptr;
  g->index = index;
  g->doc = Ref::dup(args[1]);
  return Ref::steal(g);
}

Ref tuplegetter_get(Value self, Value obj, Value) {
  TupleGetter* g = self.as<TupleGetter>();
  if (!obj || is_none(obj)) return Ref::dup(self);
  if (!is_tuple(obj))
    return raise(&Exc_TypeError,
                 "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                 g->index, type_name(obj));
  Tuple* t = obj.as<Tuple>();
  if (g->index < 0 || size_t(g->index) >= t->size)
    return raise(&Exc_IndexError, "tuple index out of range");
  return Ref::dup(t->items[g->index]);
}

int tuplegetter_set(Value, Value, Value v) {
  raise(&Exc_AttributeError, v ? "can't set attribute" : "can't delete attribute");
  return -1;
}

Ref tuplegetter_repr(Value self) {
  TupleGetter* g = self.as<TupleGetter>();
  Ref doc = repr(g->doc);
  if (!doc) return nullptr;
  return str_printf("_tuplegetter(%zd, %s)", g->index, doc.as<Str>()->data);
}

Ref tuplegetter_get_doc(Value self) { return self.as<TupleGetter>()->doc.dup(); }

int tuplegetter_set_doc(Value self, Value v) {
  self.as<TupleGetter>()->doc = v ? Ref::dup(v) : none_ref();
  return 0;
}

const GetSetDef tuplegetter_getset[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar tuplegetter_reg(&TupleGetterType, [](Type& t) {
  t.name = "_collections._tuplegetter";
  t.basicsize = sizeof(TupleGetter);
  t.dealloc = destroy_object<TupleGetter>;
  t.new_ = tuplegetter_new;
  t.descr_get = tuplegetter_get;
  t.descr_set = tuplegetter_set;
  t.repr = tuplegetter_repr;
  t.getset = tuplegetter_getset;
});

int collections_init(Value module) {
  if (module_add_object(module, "deque", Value(&DequeType)) < 0 ||
      module_add_object(module, "defaultdict", Value(&DefaultDictType)) < 0 ||
      module_add_object(module, "_deque_iterator", Value(&DequeIterType)) < 0 ||
      module_add_object(module, "_deque_reverse_iterator", Value(&DequeRevIterType)) < 0 ||
      module_add_object(module, "_tuplegetter", Value(&TupleGetterType)) < 0 ||
      module_add_function(module, "_count_elements", collections_count_elements) < 0)
    return -1;
  return 0;
}

const NativeModuleDef collections_module = {"_collections", collections_init};
NativeModuleRegistrar collections_module_reg(&collections_module);

}  // namespace
}  // namespace gp
