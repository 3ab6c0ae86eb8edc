// set and frozenset: open-addressing hash tables of (hash, key) entries.
//
// Unlike dict, a set needs no insertion order, so one array suffices. A
// slot is empty (null key), active, or a dummy left by a removal so that
// probe chains stay intact; `fill` counts active + dummy slots and the table
// is rebuilt when it reaches 60% of its size. Tables of up to 8 slots live
// inside the object (`small`), so small sets make one allocation.
// Key comparison follows dict: identity, stored hash, exact-str memcmp, and
// only then `equal()` (restarting if an __eq__ mutated the table).
//
// frozenset shares every read-only operation; the binary operators return
// the type of the left operand (set | frozenset is a set). The hash of a
// frozenset mixes each item's hash order-independently (CPython's scheme),
// so equal frozensets hash equal.
#include "runtime/set.h"

#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type SetType;
Type FrozenSetType;
Type SetIterType;

namespace {

constexpr size_t kSmallSize = 8;

Object g_dummy;  // marks removed slots; never visible to Python
GP_INLINE Value dummy() { return Value(&g_dummy); }
GP_INLINE bool active(const SetEntry& e) { return e.key && !e.key.is(dummy()); }

struct SetIter : Object {
  Ref set;  // null once exhausted
  size_t pos;
  size_t used;  // size when iteration started
  size_t left;
};

GP_INLINE SetObject* as_set(Value v) { return v.as<SetObject>(); }
GP_INLINE bool is_frozen(Value v) { return type_is_subtype(type_of(v), &FrozenSetType); }
// The class named in argument errors ("set.add() takes ...").
Type* set_owner(Value v) { return is_frozen(v) ? &FrozenSetType : &SetType; }

// Probing visits a short run of neighbouring slots (cache-friendly) before
// jumping with the perturbed hash, as CPython does; using the same sequence
// gives the same iteration order for the same operations.
constexpr size_t kLinearProbes = 9;

// 1 with *out the entry holding key; 0 with *out the slot to insert into
// (the first dummy on the way, else the empty slot); -1 on error.
int find(SetObject* s, Value key, int64_t hash, SetEntry** out) {
restart:
  SetEntry* table = s->table;
  size_t mask = s->mask;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  SetEntry* free_slot = nullptr;
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;; ++e) {
      if (!e->key) {
        *out = free_slot ? free_slot : e;
        return 0;
      }
      if (e->key.is(dummy())) {
        if (!free_slot) free_slot = e;
      } else if (e->key.is(key)) {
        *out = e;
        return 1;
      } else if (e->hash == hash) {
        if (is_exact_str(key) && is_exact_str(e->key)) {
          if (str_keys_equal(e->key, key)) {
            *out = e;
            return 1;
          }
        } else {
          Ref k = Ref::dup(e->key);
          int eq = equal(k, key);
          if (eq < 0) return -1;
          if (s->table != table || s->mask != mask || !e->key.is(k)) goto restart;
          if (eq) {
            *out = e;
            return 1;
          }
        }
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Slot for a key known to be absent, in a table without dummies.
SetEntry* find_empty(SetEntry* table, size_t mask, int64_t hash) {
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;; ++e) {
      if (!e->key) return e;
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool resize(SetObject* s, size_t min_used) {
  size_t size = kSmallSize;
  while (size <= min_used) size <<= 1;
  SetEntry* old = s->table;
  size_t old_size = s->mask + 1;
  SetEntry small_copy[kSmallSize];
  if (old == s->small) {
    std::memcpy(static_cast<void*>(small_copy), s->small, sizeof(small_copy));
    old = small_copy;
  }
  SetEntry* table = s->small;
  if (size > kSmallSize) {
    table = static_cast<SetEntry*>(gp_malloc(size * sizeof(SetEntry)));
    if (!table) {
      raise_value(Value(&Exc_MemoryError));
      return false;
    }
  }
  std::memset(static_cast<void*>(table), 0, size * sizeof(SetEntry));
  for (size_t i = 0; i < old_size; ++i)
    if (active(old[i])) *find_empty(table, size - 1, old[i].hash) = old[i];
  if (old != small_copy) gp_free(old);
  s->table = table;
  s->mask = size - 1;
  s->fill = s->used;
  return true;
}

// Adds a borrowed key with a known hash.
int add_hashed(SetObject* s, Value key, int64_t hash) {
  SetEntry* e;
  int r = find(s, key, hash, &e);
  if (r != 0) return r < 0 ? -1 : 0;
  if (!e->key) s->fill++;
  e->key = Ref::dup(key).release();
  e->hash = hash;
  s->used++;
  if (s->fill * 5 >= s->mask * 3)
    return resize(s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 0 : -1;
  return 0;
}

// A set key that is itself a set is looked up as the equal frozenset.
int64_t lookup_hash(Value key, Ref* frozen) {
  int64_t h = key_hash(key);
  if (h != -1 || !type_is_subtype(type_of(key), &SetType) || !err_matches(&Exc_TypeError)) return h;
  err_clear();
  *frozen = new_frozenset(key);
  if (!*frozen) return -1;
  return key_hash(*frozen);
}

// 1 present, 0 absent, -1 error; accepts a set as key.
int contains_key(SetObject* s, Value key) {
  Ref frozen;
  int64_t h = lookup_hash(key, &frozen);
  if (h == -1) return -1;
  SetEntry* e;
  return find(s, frozen ? Value(frozen) : key, h, &e);
}

int discard_key(SetObject* s, Value key) {
  Ref frozen;
  int64_t h = lookup_hash(key, &frozen);
  if (h == -1) return -1;
  SetEntry* e;
  int r = find(s, frozen ? Value(frozen) : key, h, &e);
  if (r <= 0) return r;
  Value old = e->key;
  e->key = dummy();
  s->used--;
  decref(old);
  return 1;
}

void clear_table(SetObject* s) {
  SetEntry* table = s->table;
  size_t size = s->mask + 1;
  SetEntry small_copy[kSmallSize];
  if (table == s->small) {
    std::memcpy(static_cast<void*>(small_copy), s->small, sizeof(small_copy));
    table = small_copy;
  }
  std::memset(static_cast<void*>(s->small), 0, sizeof(s->small));
  s->table = s->small;
  s->mask = kSmallSize - 1;
  s->fill = s->used = 0;
  for (size_t i = 0; i < size; ++i)
    if (active(table[i])) decref(table[i].key);
  if (table != small_copy) gp_free(table);
}

SetObject* set_alloc(Type* t) {
  size_t bytes = t->basicsize > sizeof(SetObject) ? t->basicsize : sizeof(SetObject);
  SetObject* s = alloc_object<SetObject>(t, bytes);
  if (!s) return nullptr;
  s->table = s->small;
  s->mask = kSmallSize - 1;
  s->hash = -1;
  return s;
}

Ref as_set_arg(Value v) { return is_anyset(v) ? Ref::dup(v) : new_set(v); }

// Calls fn(key, hash) for each active entry (key held); stops at -1.
template <class Fn>
int for_each_entry(SetObject* s, Fn fn) {
  for (size_t i = 0; i <= s->mask; ++i) {
    if (!active(s->table[i])) continue;
    int64_t h = s->table[i].hash;
    Ref k = Ref::dup(s->table[i].key);
    if (fn(Value(k), h) < 0) return -1;
  }
  return 0;
}

int contains_hashed(SetObject* s, Value key, int64_t hash) {
  SetEntry* e;
  return find(s, key, hash, &e);
}

int discard_hashed(SetObject* s, Value key, int64_t hash) {
  SetEntry* e;
  int r = find(s, key, hash, &e);
  if (r <= 0) return r;
  Value old = e->key;
  e->key = dummy();
  s->used--;
  decref(old);
  return 1;
}

// s |= other, for any iterable. Merging a set into an empty one copies or
// re-inserts its entries without comparisons.
int update_from(SetObject* s, Value other) {
  if (is_anyset(other)) {
    SetObject* o = as_set(other);
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && !resize(s, (s->used + o->used) * 2)) return -1;
    if (s->fill == 0) {
      bool same_shape = s->mask == o->mask && o->fill == o->used;
      for (size_t i = 0; i <= o->mask; ++i) {
        const SetEntry& src = o->table[i];
        if (!active(src)) continue;
        SetEntry* dst = same_shape ? &s->table[i] : find_empty(s->table, s->mask, src.hash);
        dst->hash = src.hash;
        dst->key = Ref::dup(src.key).release();
      }
      s->fill = s->used = o->used;
      return 0;
    }
    return for_each_entry(o, [s](Value k, int64_t h) { return add_hashed(s, k, h); });
  }
  Ref it = get_iter(other);
  if (!it) return -1;
  while (Ref x = iter_next(it))
    if (set_add(Value(s), x) < 0) return -1;
  return err_occurred() ? -1 : 0;
}

Ref make_like(Value proto, Value iterable) {
  return is_frozen(proto) ? new_frozenset(iterable) : new_set(iterable);
}

Ref intersection(Value s, Value other, Value proto) {
  Ref result = make_like(proto, Value());
  if (!result) return nullptr;
  SetObject* r = as_set(result);
  if (is_anyset(other)) {
    // Walk the smaller set, probe the larger.
    SetObject* big = as_set(s);
    SetObject* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    int rc = for_each_entry(small, [big, r](Value k, int64_t h) {
      int c = contains_hashed(big, k, h);
      return c <= 0 ? c : add_hashed(r, k, h);
    });
    return rc < 0 ? nullptr : std::move(result);
  }
  Ref it = get_iter(other);
  if (!it) return nullptr;
  while (Ref k = iter_next(it)) {
    int64_t h = key_hash(k);
    if (h == -1) return nullptr;
    int c = contains_hashed(as_set(s), k, h);
    if (c < 0 || (c && add_hashed(r, k, h) < 0)) return nullptr;
  }
  if (err_occurred()) return nullptr;
  return result;
}

int difference_update(SetObject* s, Value other) {
  if (Value(s).is(other)) {
    clear_table(s);
    return 0;
  }
  if (is_anyset(other))
    return for_each_entry(as_set(other),
                          [s](Value k, int64_t h) { return discard_hashed(s, k, h) < 0 ? -1 : 0; });
  Ref it = get_iter(other);
  if (!it) return -1;
  while (Ref k = iter_next(it))
    if (discard_key(s, k) < 0) return -1;
  return err_occurred() ? -1 : 0;
}

Ref difference(Value s, Value other, Value proto) {
  size_t other_size = SIZE_MAX;
  if (is_anyset(other)) other_size = as_set(other)->used;
  if (is_dict(other)) other_size = other.as<Dict>()->used;
  // Copy-and-remove when `other` is small or not a set: fewer probes.
  if (other_size == SIZE_MAX || (as_set(s)->used >> 2) > other_size) {
    Ref r = make_like(proto, s);
    if (!r || difference_update(as_set(r), other) < 0) return nullptr;
    return r;
  }
  Ref result = make_like(proto, Value());
  if (!result) return nullptr;
  SetObject* r = as_set(result);
  int rc = for_each_entry(as_set(s), [r, other](Value k, int64_t h) {
    int c = is_dict(other) ? dict_contains(other, k) : contains_hashed(as_set(other), k, h);
    return c != 0 ? c : add_hashed(r, k, h);
  });
  return rc < 0 ? nullptr : std::move(result);
}

// Toggles each item of `other` in s.
int symmetric_difference_update(SetObject* s, Value other) {
  if (Value(s).is(other)) {
    clear_table(s);
    return 0;
  }
  Ref holder = as_set_arg(other);
  if (!holder) return -1;
  return for_each_entry(as_set(holder), [s](Value k, int64_t h) {
    int r = discard_hashed(s, k, h);
    return r != 0 ? (r < 0 ? -1 : 0) : add_hashed(s, k, h);
  });
}

Ref symmetric_difference(Value s, Value other, Value proto) {
  Ref r = make_like(proto, other);
  if (!r || symmetric_difference_update(as_set(r), s) < 0) return nullptr;
  return r;
}

// Exchanges the contents of two sets (an inline table stays inline).
void swap_bodies(SetObject* a, SetObject* b) {
  struct Body {
    size_t fill, used, mask;
    SetEntry* table;  // null: inline, in `small`
    SetEntry small[kSmallSize];
  };
  auto take = [](SetObject* s) {
    Body body{s->fill, s->used, s->mask, s->table == s->small ? nullptr : s->table, {}};
    std::memcpy(static_cast<void*>(body.small), s->small, sizeof(body.small));
    return body;
  };
  auto put = [](SetObject* s, const Body& body) {
    s->fill = body.fill;
    s->used = body.used;
    s->mask = body.mask;
    std::memcpy(static_cast<void*>(s->small), body.small, sizeof(body.small));
    s->table = body.table ? body.table : s->small;
    s->hash = -1;
  };
  Body x = take(a), y = take(b);
  put(a, y);
  put(b, x);
}

// Is every item of a in b? (both sets) 1, 0, -1.
int subset_of(Value a, Value b) {
  if (as_set(a)->used > as_set(b)->used) return 0;
  SetObject* big = as_set(b);
  int missing = 0;
  int rc = for_each_entry(as_set(a), [big, &missing](Value k, int64_t h) {
    int c = contains_hashed(big, k, h);
    if (c == 0) missing = 1;
    return c <= 0 ? -1 : 0;  // stop at the first miss
  });
  if (missing) return 0;
  return rc < 0 ? -1 : 1;
}

// --- slots ---

void set_dealloc(Object* o) {
  SetObject* s = static_cast<SetObject*>(o);
  for (size_t i = 0; i <= s->mask; ++i)
    if (active(s->table[i])) decref(s->table[i].key);
  if (s->table != s->small) gp_free(s->table);
  destroy_object<SetObject>(o);
}

Ref set_repr(Value v) {
  SetObject* s = as_set(v);
  const char* name = type_of(v)->name;
  bool plain = type_of(v) == &SetType;
  if (s->used == 0) return str_printf("%s()", name);
  int r = repr_enter(v);
  if (r < 0) return nullptr;
  if (r > 0) return str_printf("%s(...)", name);
  std::string out;
  if (!plain) {
    out += name;
    out += '(';
  }
  out += '{';
  bool ok = true, first = true;
  for (size_t i = 0; i <= s->mask; ++i) {
    if (!active(s->table[i])) continue;
    if (!first) out += ", ";
    first = false;
    Ref k = Ref::dup(s->table[i].key);
    Ref rs = repr(k);
    if (!rs) {
      ok = false;
      break;
    }
    out += rs.as<Str>()->view();
  }
  repr_leave(v);
  if (!ok) return nullptr;
  out += '}';
  if (!plain) out += ')';
  return new_str(out);
}

int64_t frozenset_hash(Value v) {
  SetObject* s = as_set(v);
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  for (size_t i = 0; i <= s->mask; ++i) {
    if (!active(s->table[i])) continue;
    uint64_t x = uint64_t(s->table[i].hash);
    h ^= ((x ^ 89869747ULL) ^ (x << 16)) * 3644798167ULL;
  }
  h ^= (uint64_t(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  int64_t r = h == uint64_t(-1) ? 590923713 : int64_t(h);
  s->hash = r;
  return r;
}

ptrdiff_t set_length(Value v) { return ptrdiff_t(as_set(v)->used); }

int set_contains_slot(Value v, Value key) { return contains_key(as_set(v), key); }

Ref set_richcompare(Value a, Value b, CompareOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_ref();
  size_t la = as_set(a)->used, lb = as_set(b)->used;
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = la == lb ? subset_of(a, b) : 0;
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Le:
      r = subset_of(a, b);
      break;
    case CompareOp::Lt:
      r = la < lb ? subset_of(a, b) : 0;
      break;
    case CompareOp::Ge:
      r = subset_of(b, a);
      break;
    case CompareOp::Gt:
      r = la > lb ? subset_of(b, a) : 0;
      break;
  }
  if (r < 0) return nullptr;
  return bool_ref(r);
}

Ref set_iter(Value v) {
  SetIter* it = alloc_object<SetIter>(&SetIterType);
  if (!it) return nullptr;
  it->set = Ref::dup(v);
  it->used = it->left = as_set(v)->used;
  return Ref::steal(it);
}

Ref setiter_next(Value v) {
  SetIter* it = v.as<SetIter>();
  SetObject* s = it->set.as<SetObject>();
  if (!s) return nullptr;
  if (s->used != it->used) {
    it->used = SIZE_MAX;
    return raise(&Exc_RuntimeError, "Set changed size during iteration");
  }
  while (it->pos <= s->mask && !active(s->table[it->pos])) ++it->pos;
  if (it->pos > s->mask || it->left == 0) {
    it->set.reset();
    return nullptr;
  }
  --it->left;
  return Ref::dup(s->table[it->pos++].key);
}

// `a op b` into a new set shaped like `proto`, for any iterable b.
Ref set_op(Value a, Value b, BinOp op, Value proto) {
  switch (op) {
    case BinOp::Or: {
      Ref r = make_like(proto, a);
      if (!r || update_from(as_set(r), b) < 0) return nullptr;
      return r;
    }
    case BinOp::And:
      return intersection(a, b, proto);
    case BinOp::Sub:
      return difference(a, b, proto);
    default:
      return symmetric_difference(a, b, proto);
  }
}

// `s op= other` in place.
int set_op_in_place(SetObject* s, Value other, BinOp op) {
  switch (op) {
    case BinOp::Or:
      return update_from(s, other);
    case BinOp::Sub:
      return difference_update(s, other);
    case BinOp::Xor:
      return symmetric_difference_update(s, other);
    default: {
      Ref r = intersection(Value(s), other, Value(s));
      if (!r) return -1;
      swap_bodies(s, as_set(r));
      return 0;
    }
  }
}

// Binary operators: both operands must be sets.
template <BinOp Op>
Ref set_binop(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_ref();
  return set_op(a, b, Op, a);
}

template <BinOp Op>
Ref set_inplace(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b) || is_frozen(a)) return not_implemented_ref();
  if (set_op_in_place(as_set(a), b, Op) < 0) return nullptr;
  return Ref::dup(a);
}

Ref set_new(Type* t, const Value*, size_t, Value) {
  SetObject* s = set_alloc(t);
  return s ? Ref::steal(s) : nullptr;
}

int set_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("set", kwnames)) return -1;
  if (nargs > 1) {
    raise(&Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  if (as_set(self)->used) clear_table(as_set(self));
  return nargs ? update_from(as_set(self), args[0]) : 0;
}

Ref frozenset_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("frozenset", kwnames)) return nullptr;
  if (nargs > 1)
    return raise(&Exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
  if (nargs && t == &FrozenSetType && type_of(args[0]) == &FrozenSetType) return Ref::dup(args[0]);
  SetObject* s = set_alloc(t);
  if (!s) return nullptr;
  Ref r = Ref::steal(s);
  if (nargs && update_from(s, args[0]) < 0) return nullptr;
  return r;
}

// --- methods ---

#define NOARGS(name) \
  if (!method_args(set_owner(self), name, kwnames, nargs, 0, 0)) return nullptr
#define ONEARG(name) \
  if (!method_args(set_owner(self), name, kwnames, nargs, 1, 1)) return nullptr

Ref set_add_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("add");
  if (set_add(self, args[0]) < 0) return nullptr;
  return none_ref();
}

Ref set_remove_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("remove");
  int r = discard_key(as_set(self), args[0]);
  if (r < 0) return nullptr;
  if (r == 0) return raise_key_error(args[0]);
  return none_ref();
}

Ref set_discard_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("discard");
  if (discard_key(as_set(self), args[0]) < 0) return nullptr;
  return none_ref();
}

Ref set_pop_m(Value self, const Value*, size_t nargs, Value kwnames) {
  NOARGS("pop");
  SetObject* s = as_set(self);
  if (s->used == 0) {
    Ref msg = new_str("pop from an empty set");
    return msg ? raise_key_error(msg) : nullptr;
  }
  for (size_t i = 0; i <= s->mask; ++i) {
    SetEntry& e = s->table[i];
    if (!active(e)) continue;
    Ref key = Ref::steal(e.key);
    e.key = dummy();
    s->used--;
    return key;
  }
  return nullptr;
}

Ref set_clear_m(Value self, const Value*, size_t nargs, Value kwnames) {
  NOARGS("clear");
  clear_table(as_set(self));
  return none_ref();
}

Ref set_copy_m(Value self, const Value*, size_t nargs, Value kwnames) {
  NOARGS("copy");
  if (type_of(self) == &FrozenSetType) return Ref::dup(self);
  return make_like(self, self);
}

Ref set_update_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(set_owner(self), "update", kwnames, nargs, 0, SIZE_MAX)) return nullptr;
  for (size_t i = 0; i < nargs; ++i)
    if (update_from(as_set(self), args[i]) < 0) return nullptr;
  return none_ref();
}

Ref set_union_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(set_owner(self), "union", kwnames, nargs, 0, SIZE_MAX)) return nullptr;
  Ref r = make_like(self, self);
  if (!r) return nullptr;
  for (size_t i = 0; i < nargs; ++i)
    if (update_from(as_set(r), args[i]) < 0) return nullptr;
  return r;
}

Ref set_intersection_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(set_owner(self), "intersection", kwnames, nargs, 0, SIZE_MAX)) return nullptr;
  if (nargs == 0) return make_like(self, self);
  Ref r = Ref::dup(self);
  for (size_t i = 0; r && i < nargs; ++i) r = intersection(r, args[i], self);
  return r;
}

Ref set_difference_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(set_owner(self), "difference", kwnames, nargs, 0, SIZE_MAX)) return nullptr;
  if (nargs == 0) return make_like(self, self);
  Ref r = difference(self, args[0], self);
  for (size_t i = 1; r && i < nargs; ++i)
    if (difference_update(as_set(r), args[i]) < 0) return nullptr;
  return r;
}

Ref set_symmetric_difference_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("symmetric_difference");
  return symmetric_difference(self, args[0], self);
}

Ref set_intersection_update_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref r = set_intersection_m(self, args, nargs, kwnames);
  if (!r) return nullptr;
  swap_bodies(as_set(self), as_set(r));
  return none_ref();
}

Ref set_difference_update_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(set_owner(self), "difference_update", kwnames, nargs, 0, SIZE_MAX))
    return nullptr;
  for (size_t i = 0; i < nargs; ++i)
    if (difference_update(as_set(self), args[i]) < 0) return nullptr;
  return none_ref();
}

Ref set_symmetric_difference_update_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("symmetric_difference_update");
  if (symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
  return none_ref();
}

Ref set_issubset_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("issubset");
  Ref other = as_set_arg(args[0]);
  if (!other) return nullptr;
  int r = subset_of(self, other);
  return r < 0 ? nullptr : bool_ref(r);
}

Ref set_issuperset_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("issuperset");
  Ref other = as_set_arg(args[0]);
  if (!other) return nullptr;
  int r = subset_of(other, self);
  return r < 0 ? nullptr : bool_ref(r);
}

Ref set_isdisjoint_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("isdisjoint");
  Ref common = intersection(self, args[0], self);
  if (!common) return nullptr;
  return bool_ref(as_set(common)->used == 0);
}

#undef NOARGS
#undef ONEARG

const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m},
    {"union", set_union_m},
    {"intersection", set_intersection_m},
    {"difference", set_difference_m},
    {"symmetric_difference", set_symmetric_difference_m},
    {"issubset", set_issubset_m},
    {"issuperset", set_issuperset_m},
    {"isdisjoint", set_isdisjoint_m},
    {nullptr, nullptr},
};

const MethodDef set_methods[] = {
    {"add", set_add_m},
    {"remove", set_remove_m},
    {"discard", set_discard_m},
    {"pop", set_pop_m},
    {"clear", set_clear_m},
    {"copy", set_copy_m},
    {"update", set_update_m},
    {"union", set_union_m},
    {"intersection", set_intersection_m},
    {"intersection_update", set_intersection_update_m},
    {"difference", set_difference_m},
    {"difference_update", set_difference_update_m},
    {"symmetric_difference", set_symmetric_difference_m},
    {"symmetric_difference_update", set_symmetric_difference_update_m},
    {"issubset", set_issubset_m},
    {"issuperset", set_issuperset_m},
    {"isdisjoint", set_isdisjoint_m},
    {nullptr, nullptr},
};

NumberSlots set_number;
NumberSlots frozenset_number;

void fill_binops(NumberSlots& n) {
  n.binary[int(BinOp::Or)] = set_binop<BinOp::Or>;
  n.binary[int(BinOp::And)] = set_binop<BinOp::And>;
  n.binary[int(BinOp::Sub)] = set_binop<BinOp::Sub>;
  n.binary[int(BinOp::Xor)] = set_binop<BinOp::Xor>;
}

void setup_common(Type& t) {
  t.base = &ObjectType;
  t.dealloc = set_dealloc;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  t.iter = set_iter;
  t.length = set_length;
  t.contains = set_contains_slot;
}

TypeRegistrar set_reg(&SetType, [](Type& t) {
  t.name = "set";
  t.basicsize = sizeof(SetObject);
  t.flags = kTpBaseType;
  setup_common(t);
  t.hash = hash_unhashable;
  t.new_ = set_new;
  t.init = set_init;
  fill_binops(set_number);
  set_number.inplace[int(BinOp::Or)] = set_inplace<BinOp::Or>;
  set_number.inplace[int(BinOp::And)] = set_inplace<BinOp::And>;
  set_number.inplace[int(BinOp::Sub)] = set_inplace<BinOp::Sub>;
  set_number.inplace[int(BinOp::Xor)] = set_inplace<BinOp::Xor>;
  t.number = &set_number;
  t.methods = set_methods;
});

TypeRegistrar frozenset_reg(&FrozenSetType, [](Type& t) {
  t.name = "frozenset";
  t.basicsize = sizeof(SetObject);
  t.flags = kTpBaseType;
  setup_common(t);
  t.hash = frozenset_hash;
  t.new_ = frozenset_new;
  fill_binops(frozenset_number);
  t.number = &frozenset_number;
  t.methods = frozenset_methods;
});

TypeRegistrar set_iter_reg(&SetIterType, [](Type& t) {
  t.name = "set_iterator";
  t.basicsize = sizeof(SetIter);
  t.base = &ObjectType;
  t.dealloc = destroy_object<SetIter>;
  t.iter = iter_self;
  t.iternext = setiter_next;
});

}  // namespace

// --- the C++ API ---

bool is_anyset(Value v) {
  Type* t = type_of(v);
  return t == &SetType || t == &FrozenSetType || type_is_subtype(t, &SetType) ||
         type_is_subtype(t, &FrozenSetType);
}

Ref new_set(Value iterable) {
  SetObject* s = set_alloc(&SetType);
  if (!s) return nullptr;
  Ref r = Ref::steal(s);
  if (iterable && update_from(s, iterable) < 0) return nullptr;
  return r;
}

Ref new_frozenset(Value iterable) {
  SetObject* s = set_alloc(&FrozenSetType);
  if (!s) return nullptr;
  Ref r = Ref::steal(s);
  if (iterable && update_from(s, iterable) < 0) return nullptr;
  return r;
}

int set_add(Value s, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return add_hashed(as_set(s), key, h);
}

int set_contains(Value s, Value key) { return contains_key(as_set(s), key); }

int set_discard(Value s, Value key) { return discard_key(as_set(s), key); }

int set_update(Value s, Value iterable) { return update_from(as_set(s), iterable); }

size_t set_size(Value s) { return as_set(s)->used; }

bool set_next(Value sv, size_t* pos, Value* key) {
  SetObject* s = as_set(sv);
  for (size_t i = *pos; i <= s->mask; ++i) {
    if (!active(s->table[i])) continue;
    *pos = i + 1;
    *key = s->table[i].key;
    return true;
  }
  *pos = s->mask + 1;
  return false;
}

Ref set_from_op(Value a, Value b, BinOp op) {
  Ref left = new_set(a);
  if (!left || set_op_in_place(as_set(left), b, op) < 0) return nullptr;
  return left;
}

}  // namespace gp
