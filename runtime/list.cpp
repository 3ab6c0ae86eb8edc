// list: a growable array of owned references.
//
// `items` is a separate gp_malloc'd block over-allocated by ~1/8 (CPython's
// growth pattern), so appends are amortised O(1) and the list object itself
// never moves. Mutations that drop references (slice assignment, del,
// clear) first make the list consistent and only then decref the removed
// items, because a decref may run arbitrary code (__del__) that looks at the
// list. Iterators re-check the size on every step, so a list that shrinks
// while being iterated ends the loop instead of reading freed slots.
// This file also holds the repr recursion guard and the unhashable `hash`
// slot that all mutable containers share.
#include "runtime/list.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type ListType;
Type ListIterType;
Type ListRevIterType;

struct ListIter : Object {
  Ref list;         // null once exhausted
  ptrdiff_t index;  // next position; counts down for the reverse iterator
};

// --- shared container helpers ---

int64_t hash_unhashable(Value v) {
  raise(&Exc_TypeError, "unhashable type: '%s'", type_name(v));
  return -1;
}

static thread_local std::vector<Object*> repr_stack;

int repr_enter(Value v) {
  for (Object* o : repr_stack)
    if (o == v.obj()) return 1;
  repr_stack.push_back(v.obj());
  return 0;
}

void repr_leave(Value v) {
  for (size_t i = repr_stack.size(); i-- > 0;) {
    if (repr_stack[i] == v.obj()) {
      repr_stack.erase(repr_stack.begin() + ptrdiff_t(i));
      return;
    }
  }
}

// --- storage ---

// Makes room for `need` items; the size is left to the caller.
static bool list_reserve(List* l, size_t need) {
  if (need <= l->capacity) return true;
  size_t cap = (need + (need >> 3) + 6) & ~size_t(3);
  if (cap > SIZE_MAX / sizeof(Value)) {
    raise_value(Value(&Exc_MemoryError));
    return false;
  }
  Value* items = static_cast<Value*>(gp_realloc(l->items, cap * sizeof(Value)));
  if (!items) {
    raise_value(Value(&Exc_MemoryError));
    return false;
  }
  l->items = items;
  l->capacity = cap;
  return true;
}

static List* list_alloc(Type* t, size_t reserve) {
  size_t bytes = t->basicsize > sizeof(List) ? t->basicsize : sizeof(List);
  List* l = alloc_object<List>(t, bytes);
  if (!l) return nullptr;
  if (reserve) {
    l->items = static_cast<Value*>(gp_malloc(reserve * sizeof(Value)));
    if (!l->items) {
      destroy_object<List>(l);
      raise_value(Value(&Exc_MemoryError));
      return nullptr;
    }
    l->capacity = reserve;
  }
  return l;
}

Ref new_list(size_t reserve) {
  List* l = list_alloc(&ListType, reserve);
  return l ? Ref::steal(l) : nullptr;
}

Ref new_list_from(const Value* items, size_t n) {
  List* l = list_alloc(&ListType, n);
  if (!l) return nullptr;
  for (size_t i = 0; i < n; ++i) l->items[i] = Ref::dup(items[i]).release();
  l->size = n;
  return Ref::steal(l);
}

int list_append(Value list, Value item) {
  List* l = list.as<List>();
  if (GP_UNLIKELY(l->size == l->capacity) && !list_reserve(l, l->size + 1)) return -1;
  l->items[l->size++] = Ref::dup(item).release();
  return 0;
}

// Appends n borrowed items (which may alias the list's own array).
static int list_append_array(List* l, const Value* items, size_t n) {
  if (n == 0) return 0;
  if (items == l->items) {
    // Self-extend: the array is about to move; remember the count.
    if (!list_reserve(l, l->size * 2)) return -1;
    items = l->items;
  } else if (!list_reserve(l, l->size + n)) {
    return -1;
  }
  for (size_t i = 0; i < n; ++i) l->items[l->size + i] = Ref::dup(items[i]).release();
  l->size += n;
  return 0;
}

int list_extend(Value list, Value iterable) {
  List* l = list.as<List>();
  if (is_list(iterable)) {
    List* o = iterable.as<List>();
    return list_append_array(l, o->items, o->size);
  }
  if (is_tuple(iterable)) {
    Tuple* t = iterable.as<Tuple>();
    return list_append_array(l, t->items, t->size);
  }
  Ref it = get_iter(iterable);
  if (!it) return -1;
  Type* it_type = type_of(it);
  // Presize from builtin containers' lengths (user __len__ is not trusted).
  if (Type* src = type_of(iterable); src->length && !(src->flags & kTpHeapType)) {
    ptrdiff_t n = src->length(iterable);
    if (n < 0) return -1;
    if (!list_reserve(l, l->size + size_t(n))) return -1;
  }
  while (true) {
    Ref x = it_type->iternext ? it_type->iternext(it) : iter_next(it);
    if (!x) return err_occurred() ? -1 : 0;
    if (GP_UNLIKELY(l->size == l->capacity) && !list_reserve(l, l->size + 1)) return -1;
    l->items[l->size++] = x.release();
  }
}

Ref list_from_iterable(Value it) {
  Ref l = new_list();
  if (!l || list_extend(l, it) < 0) return nullptr;
  return l;
}

Ref list_slice(Value list, size_t lo, size_t hi) {
  List* l = list.as<List>();
  if (hi > l->size) hi = l->size;
  if (lo > hi) lo = hi;
  return new_list_from(l->items + lo, hi - lo);
}

// Detaches all items and decrefs them once the list is already empty.
void list_clear(Value list) {
  List* l = list.as<List>();
  Value* items = l->items;
  size_t n = l->size;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (size_t i = 0; i < n; ++i) decref(items[i]);
  gp_free(items);
}

static void list_dealloc(Object* o) {
  List* l = static_cast<List*>(o);
  for (size_t i = 0; i < l->size; ++i) decref(l->items[i]);
  gp_free(l->items);
  destroy_object<List>(o);
}

// --- slots ---

static Ref list_repr(Value v) {
  List* l = v.as<List>();
  if (l->size == 0) return new_str("[]");
  int r = repr_enter(v);
  if (r < 0) return nullptr;
  if (r > 0) return new_str("[...]");
  std::string out = "[";
  bool ok = true;
  // Re-read size each step: an item's __repr__ may shrink the list.
  for (size_t i = 0; i < l->size; ++i) {
    if (i) out += ", ";
    Ref item = Ref::dup(l->items[i]);
    Ref s = repr(item);
    if (!s) {
      ok = false;
      break;
    }
    out += s.as<Str>()->view();
  }
  repr_leave(v);
  if (!ok) return nullptr;
  out += ']';
  return new_str(out);
}

static Value* list_items(Value v, size_t* n) {
  List* l = v.as<List>();
  *n = l->size;
  return l->items;
}

static Ref list_richcompare(Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return not_implemented_ref();
  return seq_richcompare(a, b, list_items, op);
}

static ptrdiff_t list_length(Value v) { return ptrdiff_t(v.as<List>()->size); }

// First index in [start, stop) whose item equals x; -1 if none, -2 on error.
static ptrdiff_t list_find(List* l, Value x, size_t start, size_t stop) {
  for (size_t i = start; i < stop && i < l->size; ++i) {
    Ref item = Ref::dup(l->items[i]);
    int eq = equal(item, x);
    if (eq < 0) return -2;
    if (eq) return ptrdiff_t(i);
  }
  return -1;
}

static int list_contains(Value v, Value x) {
  ptrdiff_t i = list_find(v.as<List>(), x, 0, SIZE_MAX);
  return i == -2 ? -1 : i >= 0;
}

static Ref list_getitem(Value v, Value key) {
  List* l = v.as<List>();
  ptrdiff_t i;
  int kind = seq_subscript(key, "list", &i);
  if (kind < 0) return nullptr;
  if (kind == 1) {
    if (i < 0) i += ptrdiff_t(l->size);
    if (size_t(i) >= l->size) return raise(&Exc_IndexError, "list index out of range");
    return Ref::dup(l->items[i]);
  }
  ptrdiff_t start, stop, step;
  ptrdiff_t n = slice_unpack(key, ptrdiff_t(l->size), &start, &stop, &step);
  if (n < 0) return nullptr;
  if (step == 1) return list_slice(v, size_t(start), size_t(start + n));
  Ref r = new_list(size_t(n));
  if (!r) return nullptr;
  List* out = r.as<List>();
  for (ptrdiff_t k = 0; k < n; ++k) out->items[k] = Ref::dup(l->items[start + k * step]).release();
  out->size = size_t(n);
  return r;
}

// The items to store by a slice assignment, as an owned snapshot (so
// `a[:] = a` and iterables that mutate `a` are safe).
static Ref slice_source(Value v, const char* not_iterable) {
  if (is_list(v)) return new_list_from(v.as<List>()->items, v.as<List>()->size);
  if (is_tuple(v)) return new_list_from(v.as<Tuple>()->items, v.as<Tuple>()->size);
  Ref it = get_iter(v);
  if (!it) {
    if (err_matches(&Exc_TypeError)) {
      err_clear();
      return raise(&Exc_TypeError, "%s", not_iterable);
    }
    return nullptr;
  }
  return list_from_iterable(it);
}

// a[lo:hi] = src (src null deletes).
static int list_assign_range(List* l, size_t lo, size_t hi, Value src) {
  Ref snapshot;
  size_t n = 0;
  Value* items = nullptr;
  if (src) {
    snapshot = slice_source(src, "can only assign an iterable");
    if (!snapshot) return -1;
    items = snapshot.as<List>()->items;
    n = snapshot.as<List>()->size;
  }
  size_t removed = hi - lo;
  if (n > removed && !list_reserve(l, l->size + n - removed)) return -1;
  // The removed references are dropped only once the list is consistent.
  Value small[8];
  std::vector<Value> big;
  Value* dropped = small;
  if (removed > 8) {
    big.resize(removed);
    dropped = big.data();
  }
  std::memcpy(dropped, l->items + lo, removed * sizeof(Value));
  std::memmove(l->items + lo + n, l->items + hi, (l->size - hi) * sizeof(Value));
  for (size_t i = 0; i < n; ++i) l->items[lo + i] = Ref::dup(items[i]).release();
  l->size = l->size + n - removed;
  for (size_t i = 0; i < removed; ++i) decref(dropped[i]);
  return 0;
}

static int list_assign_slice(Value v, Value slice, Value src) {
  List* l = v.as<List>();
  ptrdiff_t start, stop, step;
  ptrdiff_t n = slice_unpack(slice, ptrdiff_t(l->size), &start, &stop, &step);
  if (n < 0) return -1;
  if (step == 1) return list_assign_range(l, size_t(start), size_t(start + n), src);
  if (!src) {
    // Delete every step-th item by compacting the survivors forward.
    if (n == 0) return 0;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    std::vector<Value> dropped;
    dropped.reserve(size_t(n));
    size_t w = size_t(start);
    for (size_t r = size_t(start); r < l->size; ++r) {
      bool hit = ptrdiff_t(dropped.size()) < n && ptrdiff_t(r - size_t(start)) % step == 0;
      if (hit)
        dropped.push_back(l->items[r]);
      else
        l->items[w++] = l->items[r];
    }
    l->size = w;
    for (Value d : dropped) decref(d);
    return 0;
  }
  Ref snapshot = slice_source(src, "must assign iterable to extended slice");
  if (!snapshot) return -1;
  List* s = snapshot.as<List>();
  if (s->size != size_t(n)) {
    raise(&Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %zd",
          s->size, n);
    return -1;
  }
  std::vector<Value> dropped(static_cast<size_t>(n));
  for (ptrdiff_t k = 0; k < n; ++k) {
    Value& slot = l->items[start + k * step];
    dropped[k] = slot;
    slot = Ref::dup(s->items[k]).release();
  }
  for (Value d : dropped) decref(d);
  return 0;
}

static int list_setitem(Value v, Value key, Value x) {
  List* l = v.as<List>();
  ptrdiff_t i;
  int kind = seq_subscript(key, "list", &i);
  if (kind < 0) return -1;
  if (kind == 0) return list_assign_slice(v, key, x);
  if (i < 0) i += ptrdiff_t(l->size);
  if (size_t(i) >= l->size) {
    raise(&Exc_IndexError, "list assignment index out of range");
    return -1;
  }
  if (!x) return list_assign_range(l, size_t(i), size_t(i) + 1, Value());
  Value old = l->items[i];
  l->items[i] = Ref::dup(x).release();
  decref(old);
  return 0;
}

static Ref list_concat(Value a, Value b) {
  if (!is_list(a)) return not_implemented_ref();
  if (!is_list(b)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
  }
  List* x = a.as<List>();
  List* y = b.as<List>();
  Ref r = new_list(x->size + y->size);
  if (!r) return nullptr;
  List* out = r.as<List>();
  for (size_t i = 0; i < x->size; ++i) out->items[i] = Ref::dup(x->items[i]).release();
  for (size_t i = 0; i < y->size; ++i) out->items[x->size + i] = Ref::dup(y->items[i]).release();
  out->size = x->size + y->size;
  return r;
}

// Appends the current contents n-1 more times.
static int list_repeat_in_place(List* l, ptrdiff_t n) {
  size_t base = l->size;
  if (n <= 0 || base == 0) {
    if (n <= 0) list_clear(Value(l));
    return 0;
  }
  if (size_t(n) > (SIZE_MAX / sizeof(Value)) / base) {
    raise_value(Value(&Exc_MemoryError));
    return -1;
  }
  if (!list_reserve(l, base * size_t(n))) return -1;
  for (ptrdiff_t rep = 1; rep < n; ++rep)
    for (size_t i = 0; i < base; ++i) l->items[l->size++] = Ref::dup(l->items[i]).release();
  return 0;
}

static Ref list_repeat(Value a, Value b) {
  Value seq;
  ptrdiff_t n;
  int r = seq_repeat_args(a, b, is_list, &seq, &n);
  if (r <= 0) return r == 0 ? not_implemented_ref() : nullptr;
  List* l = seq.as<List>();
  Ref out = new_list_from(l->items, l->size);
  if (!out || list_repeat_in_place(out.as<List>(), n) < 0) return nullptr;
  return out;
}

static Ref list_inplace_concat(Value a, Value b) {
  if (!is_list(a)) return not_implemented_ref();
  if (list_extend(a, b) < 0) return nullptr;
  return Ref::dup(a);
}

static Ref list_inplace_repeat(Value a, Value b) {
  if (!is_list(a)) return not_implemented_ref();
  Value seq;
  ptrdiff_t n;
  int r = seq_repeat_args(a, b, is_list, &seq, &n);
  if (r <= 0) return r == 0 ? not_implemented_ref() : nullptr;
  if (list_repeat_in_place(a.as<List>(), n) < 0) return nullptr;
  return Ref::dup(a);
}

static Ref list_iter(Value v) {
  ListIter* it = alloc_object<ListIter>(&ListIterType);
  if (!it) return nullptr;
  it->list = Ref::dup(v);
  return Ref::steal(it);
}

static Ref listiter_next(Value v) {
  ListIter* it = v.as<ListIter>();
  List* l = it->list.as<List>();
  if (GP_LIKELY(l && size_t(it->index) < l->size)) return Ref::dup(l->items[it->index++]);
  it->list.reset();
  return nullptr;
}

static Ref listreviter_next(Value v) {
  ListIter* it = v.as<ListIter>();
  List* l = it->list.as<List>();
  if (l && it->index >= 0 && size_t(it->index) < l->size) return Ref::dup(l->items[it->index--]);
  it->list.reset();
  return nullptr;
}

static Ref list_new(Type* t, const Value*, size_t, Value) {
  List* l = list_alloc(t, 0);
  return l ? Ref::steal(l) : nullptr;
}

static int list_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("list", kwnames)) return -1;
  if (nargs > 1) {
    raise(&Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  if (self.as<List>()->size) list_clear(self);
  return nargs ? list_extend(self, args[0]) : 0;
}

// --- methods ---

static Ref list_append_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "append", kwnames, nargs, 1, 1)) return nullptr;
  if (list_append(self, args[0]) < 0) return nullptr;
  return none_ref();
}

static Ref list_extend_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "extend", kwnames, nargs, 1, 1)) return nullptr;
  if (list_extend(self, args[0]) < 0) return nullptr;
  return none_ref();
}

static Ref list_insert_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "insert", kwnames, nargs, 2, 2)) return nullptr;
  List* l = self.as<List>();
  ptrdiff_t i;
  if (!index_ssize(args[0], &i)) return nullptr;
  ptrdiff_t n = ptrdiff_t(l->size);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  if (!list_reserve(l, l->size + 1)) return nullptr;
  std::memmove(l->items + i + 1, l->items + i, size_t(n - i) * sizeof(Value));
  l->items[i] = Ref::dup(args[1]).release();
  l->size++;
  return none_ref();
}

static Ref list_pop_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "pop", kwnames, nargs, 0, 1)) return nullptr;
  List* l = self.as<List>();
  ptrdiff_t i = -1;
  if (nargs && !index_ssize(args[0], &i)) return nullptr;
  if (l->size == 0) return raise(&Exc_IndexError, "pop from empty list");
  if (i < 0) i += ptrdiff_t(l->size);
  if (size_t(i) >= l->size) return raise(&Exc_IndexError, "pop index out of range");
  Ref item = Ref::steal(l->items[i]);
  std::memmove(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
  l->size--;
  return item;
}

static Ref list_remove_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "remove", kwnames, nargs, 1, 1)) return nullptr;
  List* l = self.as<List>();
  ptrdiff_t i = list_find(l, args[0], 0, SIZE_MAX);
  if (i == -2) return nullptr;
  if (i < 0) return raise(&Exc_ValueError, "list.remove(x): x not in list");
  if (list_assign_range(l, size_t(i), size_t(i) + 1, Value()) < 0) return nullptr;
  return none_ref();
}

static Ref list_index_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "index", kwnames, nargs, 1, 3)) return nullptr;
  List* l = self.as<List>();
  size_t start, stop;
  if (!seq_index_bounds(args + 1, nargs - 1, l->size, &start, &stop)) return nullptr;
  ptrdiff_t i = list_find(l, args[0], start, stop);
  if (i == -2) return nullptr;
  if (i >= 0) return Ref::small(i);
  Ref r = repr(args[0]);
  if (!r) return nullptr;
  return raise(&Exc_ValueError, "%s is not in list", r.as<Str>()->data);
}

static Ref list_count_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "count", kwnames, nargs, 1, 1)) return nullptr;
  List* l = self.as<List>();
  ptrdiff_t n = 0;
  for (size_t i = 0; i < l->size; ++i) {
    Ref item = Ref::dup(l->items[i]);
    int eq = equal(item, args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return Ref::small(n);
}

static Ref list_clear_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "clear", kwnames, nargs, 0, 0)) return nullptr;
  list_clear(self);
  return none_ref();
}

static Ref list_copy_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "copy", kwnames, nargs, 0, 0)) return nullptr;
  List* l = self.as<List>();
  return new_list_from(l->items, l->size);
}

static Ref list_reverse_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "reverse", kwnames, nargs, 0, 0)) return nullptr;
  List* l = self.as<List>();
  for (size_t i = 0, j = l->size; i + 1 < j; ++i, --j) std::swap(l->items[i], l->items[j - 1]);
  return none_ref();
}

static Ref list_sort_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs) return raise(&Exc_TypeError, "sort() takes no positional arguments");
  Value kw[2];
  if (!parse_args("sort", args, nargs, kwnames, {"key", "reverse"}, 0, kw, 0, 0)) return nullptr;
  int rev = 0;
  if (kw[1] && (rev = truthy(kw[1])) < 0) return nullptr;
  Value key = kw[0] && !is_none(kw[0]) ? kw[0] : Value();
  if (list_sort(self, key, rev) < 0) return nullptr;
  return none_ref();
}

Ref list_reverse_iter(Value list) {
  ListIter* it = alloc_object<ListIter>(&ListRevIterType);
  if (!it) return nullptr;
  it->list = Ref::dup(list);
  it->index = ptrdiff_t(list.as<List>()->size) - 1;
  return Ref::steal(it);
}

static Ref list_reversed_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&ListType, "__reversed__", kwnames, nargs, 0, 0)) return nullptr;
  return list_reverse_iter(self);
}

static const MethodDef list_methods[] = {
    {"append", list_append_m},   {"extend", list_extend_m}, {"insert", list_insert_m},
    {"pop", list_pop_m},         {"remove", list_remove_m}, {"index", list_index_m},
    {"count", list_count_m},     {"clear", list_clear_m},   {"copy", list_copy_m},
    {"reverse", list_reverse_m}, {"sort", list_sort_m},     {"__reversed__", list_reversed_m},
    {nullptr, nullptr},
};

static NumberSlots list_number;

static TypeRegistrar list_reg(&ListType, [](Type& t) {
  t.name = "list";
  t.basicsize = sizeof(List);
  t.flags = kTpBaseType | kTpListSubclass;
  t.base = &ObjectType;
  t.dealloc = list_dealloc;
  t.repr = list_repr;
  t.hash = hash_unhashable;
  t.richcompare = list_richcompare;
  t.iter = list_iter;
  t.length = list_length;
  t.getitem = list_getitem;
  t.setitem = list_setitem;
  t.contains = list_contains;
  t.new_ = list_new;
  t.init = list_init;
  list_number.binary[int(BinOp::Add)] = list_concat;
  list_number.binary[int(BinOp::Mul)] = list_repeat;
  list_number.inplace[int(BinOp::Add)] = list_inplace_concat;
  list_number.inplace[int(BinOp::Mul)] = list_inplace_repeat;
  t.number = &list_number;
  t.methods = list_methods;
});

static TypeRegistrar list_iter_reg(&ListIterType, [](Type& t) {
  t.name = "list_iterator";
  t.basicsize = sizeof(ListIter);
  t.base = &ObjectType;
  t.dealloc = destroy_object<ListIter>;
  t.iter = iter_self;
  t.iternext = listiter_next;
});

static TypeRegistrar list_rev_iter_reg(&ListRevIterType, [](Type& t) {
  t.name = "list_reverseiterator";
  t.basicsize = sizeof(ListIter);
  t.base = &ObjectType;
  t.dealloc = destroy_object<ListIter>;
  t.iter = iter_self;
  t.iternext = listreviter_next;
});

}  // namespace gp
