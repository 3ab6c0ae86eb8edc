// dict: CPython's compact, insertion-ordered hash table.
//
// Two arrays live in one allocation: a sparse `index` of 2^k small signed
// integers (int8/16/32/64 by table size) and a dense `entries` array that
// only ever grows at the end. An index slot is kEmpty, kDummy (a deleted
// key: probing continues past it) or the position of an entry. Iteration
// walks `entries`, so order is insertion order; deleting leaves a hole
// (key = null) that the next resize squeezes out. The table holds at most
// 2/3 as many entries as index slots, so a probe always ends at kEmpty.
//
// Lookups compare, in order: identity, the stored hash, then for two exact
// str keys length + memcmp, and only otherwise `equal()`. Global, builtin
// and attribute lookups use interned names, so they nearly always stop at
// the identity test. A user __eq__ can mutate the dict under a lookup; the
// probe then restarts, as in CPython.
//
// An empty dict points at a shared read-only index of 8 empty slots with no
// entries, so `{}` does not allocate until the first insert.
#include "runtime/dict.h"

#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type DictType;

namespace {

constexpr ptrdiff_t kEmpty = -1;
constexpr ptrdiff_t kDummy = -2;
// find() results besides an entry position.
constexpr ptrdiff_t kMissing = -1;
constexpr ptrdiff_t kError = -2;
constexpr ptrdiff_t kRestart = -3;  // the table changed under an __eq__
constexpr size_t kMinIndexSize = 8;

const int8_t kEmptyIndex[kMinIndexSize] = {-1, -1, -1, -1, -1, -1, -1, -1};

size_t index_width(size_t index_size) {
  if (index_size <= 128) return 1;
  if (index_size <= 32768) return 2;
  if (index_size <= (size_t(1) << 31)) return 4;
  return 8;
}

GP_INLINE ptrdiff_t get_ix(const Dict* d, size_t i) {
  switch (index_width(d->index_size)) {
    case 1:
      return static_cast<const int8_t*>(d->index)[i];
    case 2:
      return static_cast<const int16_t*>(d->index)[i];
    case 4:
      return static_cast<const int32_t*>(d->index)[i];
    default:
      return static_cast<const int64_t*>(d->index)[i];
  }
}

GP_INLINE void set_ix(Dict* d, size_t i, ptrdiff_t ix) {
  switch (index_width(d->index_size)) {
    case 1:
      static_cast<int8_t*>(d->index)[i] = int8_t(ix);
      break;
    case 2:
      static_cast<int16_t*>(d->index)[i] = int16_t(ix);
      break;
    case 4:
      static_cast<int32_t*>(d->index)[i] = int32_t(ix);
      break;
    default:
      static_cast<int64_t*>(d->index)[i] = int64_t(ix);
      break;
  }
}

GP_INLINE bool owns_table(const Dict* d) { return d->index != kEmptyIndex; }

// The entry position holding `key`, kMissing or kError. On kMissing,
// *slot (if given) is where the key would be inserted.
template <class I>
ptrdiff_t find_in(Dict* d, Value key, int64_t hash, size_t* slot) {
  const I* index = static_cast<const I*>(d->index);
  size_t mask = d->index_size - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  ptrdiff_t free_slot = -1;
  for (;;) {
    ptrdiff_t ix = index[i];
    if (ix == kEmpty) {
      if (slot) *slot = free_slot >= 0 ? size_t(free_slot) : i;
      return kMissing;
    }
    if (ix == kDummy) {
      if (free_slot < 0) free_slot = ptrdiff_t(i);
    } else {
      DictEntry* e = &d->entries[ix];
      if (e->key.is(key)) return ix;
      if (e->hash == hash) {
        if (is_exact_str(key) && is_exact_str(e->key)) {
          if (str_keys_equal(e->key, key)) return ix;
        } else {
          DictEntry* entries = d->entries;
          Ref k = Ref::dup(e->key);
          int eq = equal(k, key);
          if (eq < 0) return kError;
          if (d->entries != entries || d->index != index || !entries[ix].key.is(k)) return kRestart;
          if (eq) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

GP_INLINE ptrdiff_t find(Dict* d, Value key, int64_t hash, size_t* slot) {
  for (;;) {
    ptrdiff_t r;
    switch (index_width(d->index_size)) {
      case 1:
        r = find_in<int8_t>(d, key, hash, slot);
        break;
      case 2:
        r = find_in<int16_t>(d, key, hash, slot);
        break;
      case 4:
        r = find_in<int32_t>(d, key, hash, slot);
        break;
      default:
        r = find_in<int64_t>(d, key, hash, slot);
        break;
    }
    if (GP_LIKELY(r != kRestart)) return r;
  }
}

// First empty index slot for `hash` in a table without dummies.
size_t find_empty_slot(Dict* d, int64_t hash) {
  size_t mask = d->index_size - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  while (get_ix(d, i) != kEmpty) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

size_t index_size_for(size_t entries) {
  size_t n = kMinIndexSize;
  while (n * 2 / 3 < entries) n *= 2;
  return n;
}

// Rebuilds the table with room for at least `want` entries, compacting out
// deleted ones.
bool resize(Dict* d, size_t want) {
  size_t isize = index_size_for(want);
  size_t cap = isize * 2 / 3;
  size_t ibytes = isize * index_width(isize);
  char* block = static_cast<char*>(gp_malloc(ibytes + cap * sizeof(DictEntry)));
  if (!block) {
    raise_value(Value(&Exc_MemoryError));
    return false;
  }
  std::memset(block, 0xff, ibytes);  // every width's kEmpty is all ones
  DictEntry* entries = reinterpret_cast<DictEntry*>(block + ibytes);
  DictEntry* old = d->entries;
  size_t n = 0;
  for (size_t i = 0; i < d->nentries; ++i)
    if (old[i].key) entries[n++] = old[i];
  if (owns_table(d)) gp_free(d->index);
  d->index = block;
  d->entries = entries;
  d->index_size = isize;
  d->capacity = cap;
  d->nentries = n;
  for (size_t i = 0; i < n; ++i) set_ix(d, find_empty_slot(d, entries[i].hash), ptrdiff_t(i));
  return true;
}

// Appends a new entry for a key known to be absent; steals nothing.
int insert_new(Dict* d, Value key, int64_t hash, Value value, size_t slot) {
  if (d->nentries >= d->capacity) {
    // Room for twice the live entries: an index about 3x `used`, as CPython.
    if (!resize(d, d->used * 2 + 1)) return -1;
    slot = find_empty_slot(d, hash);
  }
  set_ix(d, slot, ptrdiff_t(d->nentries));
  DictEntry& e = d->entries[d->nentries++];
  e.hash = hash;
  e.key = Ref::dup(key).release();
  e.value = Ref::dup(value).release();
  d->used++;
  d->version++;
  return 0;
}

int insert(Dict* d, Value key, int64_t hash, Value value) {
  size_t slot = 0;
  ptrdiff_t ix = find(d, key, hash, &slot);
  if (ix == kError) return -1;
  if (ix >= 0) {
    DictEntry& e = d->entries[ix];
    Value old = e.value;
    e.value = Ref::dup(value).release();
    d->version++;
    decref(old);
    return 0;
  }
  return insert_new(d, key, hash, value, slot);
}

// Index slot that points at entry `ix` (which must be present).
size_t slot_of_entry(Dict* d, ptrdiff_t ix) {
  size_t mask = d->index_size - 1;
  int64_t hash = d->entries[ix].hash;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  while (get_ix(d, i) != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Unlinks entry `ix`; the caller owns the returned key and value.
void remove_entry(Dict* d, ptrdiff_t ix, Ref* key, Ref* value) {
  set_ix(d, slot_of_entry(d, ix), kDummy);
  DictEntry& e = d->entries[ix];
  *key = Ref::steal(e.key);
  *value = Ref::steal(e.value);
  e.key = Value();
  e.value = Value();
  d->used--;
  d->version++;
}

Dict* dict_alloc(Type* t) {
  size_t bytes = t->basicsize > sizeof(Dict) ? t->basicsize : sizeof(Dict);
  Dict* d = alloc_object<Dict>(t, bytes);
  if (!d) return nullptr;
  d->index = const_cast<int8_t*>(kEmptyIndex);
  d->index_size = kMinIndexSize;
  return d;
}

}  // namespace

// --- the C++ API ---

Ref new_dict(size_t reserve) {
  Dict* d = dict_alloc(&DictType);
  if (!d) return nullptr;
  Ref r = Ref::steal(d);
  if (reserve && !resize(d, reserve)) return nullptr;
  return r;
}

std::nullptr_t raise_key_error(Value key) {
  Ref args = new_tuple({key});
  if (!args) return nullptr;
  return raise_with_args(&Exc_KeyError, args);
}

Value dict_get_with_hash(Value dv, Value key, int64_t hash) {
  Dict* d = dv.as<Dict>();
  ptrdiff_t ix = find(d, key, hash, nullptr);
  return ix >= 0 ? d->entries[ix].value : Value();
}

Value dict_get(Value dv, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return Value();
  return dict_get_with_hash(dv, key, h);
}

Value dict_get_str(Value dv, Str* key) {
  int64_t h = key->hash != -1 ? key->hash : str_hash(key);
  return dict_get_with_hash(dv, Value(key), h);
}

Value dict_get_cstr(Value dv, std::string_view key) {
  Ref k = new_str(key);
  if (!k) return Value();
  return dict_get_str(dv, k.as<Str>());
}

int dict_contains(Value dv, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  ptrdiff_t ix = find(dv.as<Dict>(), key, h, nullptr);
  return ix == kError ? -1 : ix >= 0;
}

int dict_set(Value dv, Value key, Value value) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return insert(dv.as<Dict>(), key, h, value);
}

int dict_set_str(Value dv, std::string_view key, Value value) {
  return dict_set(dv, Value(intern(key)), value);
}

Ref dict_pop(Value dv, Value key) {
  Dict* d = dv.as<Dict>();
  int64_t h = key_hash(key);
  if (h == -1) return nullptr;
  ptrdiff_t ix = find(d, key, h, nullptr);
  if (ix < 0) return nullptr;
  Ref k, v;
  remove_entry(d, ix, &k, &v);
  return v;
}

int dict_del(Value dv, Value key) {
  Ref v = dict_pop(dv, key);
  if (v) return 0;
  if (!err_occurred()) raise_key_error(key);
  return -1;
}

bool dict_next(Value dv, size_t* pos, Value* key, Value* value) {
  Dict* d = dv.as<Dict>();
  for (size_t i = *pos; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    *pos = i + 1;
    if (key) *key = e.key;
    if (value) *value = e.value;
    return true;
  }
  *pos = d->nentries;
  return false;
}

void dict_clear(Value dv) {
  Dict* d = dv.as<Dict>();
  if (!owns_table(d)) return;
  void* block = d->index;
  DictEntry* entries = d->entries;
  size_t n = d->nentries;
  d->index = const_cast<int8_t*>(kEmptyIndex);
  d->index_size = kMinIndexSize;
  d->entries = nullptr;
  d->capacity = d->nentries = d->used = 0;
  d->version++;
  for (size_t i = 0; i < n; ++i) {
    decref(entries[i].key);
    decref(entries[i].value);
  }
  gp_free(block);
}

Ref dict_copy(Value src) {
  Dict* s = src.as<Dict>();
  Ref r = new_dict();
  if (!r) return nullptr;
  Dict* d = r.as<Dict>();
  if (s->used == 0) return r;
  if (s->used == s->nentries) {
    // No holes: clone both arrays in one go.
    size_t ibytes = s->index_size * index_width(s->index_size);
    size_t bytes = ibytes + s->capacity * sizeof(DictEntry);
    char* block = static_cast<char*>(gp_malloc(bytes));
    if (!block) return raise_value(Value(&Exc_MemoryError));
    std::memcpy(block, s->index, ibytes);
    std::memcpy(block + ibytes, s->entries, s->nentries * sizeof(DictEntry));
    d->index = block;
    d->entries = reinterpret_cast<DictEntry*>(block + ibytes);
    d->index_size = s->index_size;
    d->capacity = s->capacity;
    d->nentries = d->used = s->used;
    for (size_t i = 0; i < d->nentries; ++i) {
      incref(d->entries[i].key);
      incref(d->entries[i].value);
    }
    return r;
  }
  if (dict_merge(r, src, true) < 0) return nullptr;
  return r;
}

Ref dict_keys_list(Value dv) {
  Dict* d = dv.as<Dict>();
  Ref l = new_list(d->used);
  if (!l) return nullptr;
  for (size_t i = 0; i < d->nentries; ++i)
    if (d->entries[i].key && list_append(l, d->entries[i].key) < 0) return nullptr;
  return l;
}

// Merges a dict (entries) or any mapping (keys() + getitem).
int dict_merge(Value dv, Value other, bool override) {
  Dict* d = dv.as<Dict>();
  if (is_dict(other) && type_of(other)->iter == DictType.iter) {
    Dict* o = other.as<Dict>();
    if (d == o || o->used == 0) return 0;
    if (d->used == 0 && d->nentries + o->used > d->capacity && !resize(d, o->used)) return -1;
    for (size_t i = 0; i < o->nentries; ++i) {
      DictEntry& e = o->entries[i];
      if (!e.key) continue;
      Ref k = Ref::dup(e.key), v = Ref::dup(e.value);
      if (!override) {
        size_t slot = 0;
        ptrdiff_t ix = find(d, k, e.hash, &slot);
        if (ix == kError) return -1;
        if (ix >= 0) {
          raise_key_error(k);
          return -1;
        }
        if (insert_new(d, k, e.hash, v, slot) < 0) return -1;
      } else if (insert(d, k, e.hash, v) < 0) {
        return -1;
      }
    }
    return 0;
  }
  Ref keys = call_method(other, "keys", nullptr, 0);
  if (!keys) return -1;
  Ref it = get_iter(keys);
  if (!it) return -1;
  while (Ref k = iter_next(it)) {
    if (!override) {
      int has = dict_contains(dv, k);
      if (has < 0) return -1;
      if (has) {
        raise_key_error(k);
        return -1;
      }
    }
    Ref v = getitem(other, k);
    if (!v || dict_set(dv, k, v) < 0) return -1;
  }
  return err_occurred() ? -1 : 0;
}

// d.update(iterable of pairs).
static int dict_update_pairs(Value dv, Value pairs) {
  Ref it = get_iter(pairs);
  if (!it) return -1;
  for (size_t n = 0;; ++n) {
    Ref item = iter_next(it);
    if (!item) return err_occurred() ? -1 : 0;
    Ref seq;
    if (is_tuple(item) || is_list(item)) {
      seq = item.dup();
    } else {
      Ref iit = get_iter(item);
      if (!iit) {
        if (err_matches(&Exc_TypeError)) {
          err_clear();
          raise(&Exc_TypeError,
                "cannot convert dictionary update sequence element #%zu to a sequence", n);
        }
        return -1;
      }
      seq = list_from_iterable(iit);
      if (!seq) return -1;
    }
    size_t len = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
    if (len != 2) {
      raise(&Exc_ValueError,
            "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
      return -1;
    }
    Value* kv = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    Ref k = Ref::dup(kv[0]), v = Ref::dup(kv[1]);
    if (dict_set(dv, k, v) < 0) return -1;
  }
}

int dict_update(Value dv, Value other) {
  if (is_dict(other)) return dict_merge(dv, other, true);
  static Str* keys_name = intern("keys");
  Ref has_keys = getattr_opt(other, Value(keys_name));
  if (!has_keys && err_occurred()) return -1;
  if (has_keys) return dict_merge(dv, other, true);
  return dict_update_pairs(dv, other);
}

// update()/__init__ argument handling: one optional positional plus kwargs.
static int dict_update_args(const char* fname, Value self, const Value* args, size_t nargs,
                            Value kwnames) {
  if (nargs > 1) {
    raise(&Exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return -1;
  }
  if (nargs && dict_update(self, args[0]) < 0) return -1;
  if (kwnames) {
    Tuple* names = kwnames.as<Tuple>();
    for (size_t i = 0; i < names->size; ++i)
      if (dict_set(self, names->items[i], args[nargs + i]) < 0) return -1;
  }
  return 0;
}

// --- slots ---

static void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  if (owns_table(d)) {
    for (size_t i = 0; i < d->nentries; ++i) {
      decref(d->entries[i].key);
      decref(d->entries[i].value);
    }
    gp_free(d->index);
  }
  destroy_object<Dict>(o);
}

static Ref dict_repr(Value v) {
  Dict* d = v.as<Dict>();
  if (d->used == 0) return new_str("{}");
  int r = repr_enter(v);
  if (r < 0) return nullptr;
  if (r > 0) return new_str("{...}");
  std::string out = "{";
  bool ok = true;
  bool first = true;
  for (size_t i = 0; ok && i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    Ref k = Ref::dup(d->entries[i].key), val = Ref::dup(d->entries[i].value);
    if (!first) out += ", ";
    first = false;
    Ref ks = repr(k);
    Ref vs = ks ? repr(val) : Ref();
    if (!vs) {
      ok = false;
      break;
    }
    out += ks.as<Str>()->view();
    out += ": ";
    out += vs.as<Str>()->view();
  }
  repr_leave(v);
  if (!ok) return nullptr;
  out += '}';
  return new_str(out);
}

static ptrdiff_t dict_length(Value v) { return ptrdiff_t(v.as<Dict>()->used); }

static int dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  for (size_t i = 0; i < a->nentries; ++i) {
    DictEntry& e = a->entries[i];
    if (!e.key) continue;
    Ref k = Ref::dup(e.key), v = Ref::dup(e.value);
    Value bv = dict_get_with_hash(Value(b), k, e.hash);
    if (!bv) return err_occurred() ? -1 : 0;
    Ref bvr = Ref::dup(bv);
    int eq = equal(v, bvr);
    if (eq <= 0) return eq;
  }
  return 1;
}

static Ref dict_richcompare(Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return not_implemented_ref();
  int eq = dict_equal(a.as<Dict>(), b.as<Dict>());
  if (eq < 0) return nullptr;
  return bool_ref((eq == 1) == (op == CompareOp::Eq));
}

static Ref dict_subscript(Value dv, Value key) {
  Value v = dict_get(dv, key);
  if (v) return Ref::dup(v);
  if (err_occurred()) return nullptr;
  if (type_of(dv) != &DictType) {
    static Str* missing_name = intern("__missing__");
    Value missing = type_lookup(type_of(dv), missing_name);
    if (missing) {
      Value args[2] = {dv, key};
      return call(missing, args, 2);
    }
  }
  return raise_key_error(key);
}

static int dict_ass_subscript(Value dv, Value key, Value v) {
  return v ? dict_set(dv, key, v) : dict_del(dv, key);
}

static int dict_contains_slot(Value dv, Value key) { return dict_contains(dv, key); }

static Ref dict_iter_slot(Value dv) { return dict_iter(dv, DictIterKind::Keys, false); }

static Ref dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented_ref();
  Ref r = dict_copy(a);
  if (!r || dict_merge(r, b, true) < 0) return nullptr;
  return r;
}

static Ref dict_ior(Value a, Value b) {
  if (!is_dict(a)) return not_implemented_ref();
  if (dict_update(a, b) < 0) return nullptr;
  return Ref::dup(a);
}

static Ref dict_new(Type* t, const Value*, size_t, Value) {
  Dict* d = dict_alloc(t);
  return d ? Ref::steal(d) : nullptr;
}

static int dict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_update_args("dict", self, args, nargs, kwnames);
}

// --- methods ---

static Ref dict_keys_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "keys", kwnames, nargs, 0, 0)) return nullptr;
  return dict_view(self, DictIterKind::Keys);
}

static Ref dict_values_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "values", kwnames, nargs, 0, 0)) return nullptr;
  return dict_view(self, DictIterKind::Values);
}

static Ref dict_items_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "items", kwnames, nargs, 0, 0)) return nullptr;
  return dict_view(self, DictIterKind::Items);
}

static Ref dict_get_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "get", kwnames, nargs, 1, 2)) return nullptr;
  Value v = dict_get(self, args[0]);
  if (v) return Ref::dup(v);
  if (err_occurred()) return nullptr;
  return Ref::dup(nargs > 1 ? args[1] : None());
}

static Ref dict_setdefault_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "setdefault", kwnames, nargs, 1, 2)) return nullptr;
  Dict* d = self.as<Dict>();
  int64_t h = key_hash(args[0]);
  if (h == -1) return nullptr;
  size_t slot = 0;
  ptrdiff_t ix = find(d, args[0], h, &slot);
  if (ix == kError) return nullptr;
  if (ix >= 0) return Ref::dup(d->entries[ix].value);
  Value dflt = nargs > 1 ? args[1] : None();
  if (insert_new(d, args[0], h, dflt, slot) < 0) return nullptr;
  return Ref::dup(dflt);
}

static Ref dict_pop_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "pop", kwnames, nargs, 1, 2)) return nullptr;
  Ref v = dict_pop(self, args[0]);
  if (v || err_occurred()) return v;
  if (nargs > 1) return Ref::dup(args[1]);
  return raise_key_error(args[0]);
}

static Ref dict_popitem_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "popitem", kwnames, nargs, 0, 0)) return nullptr;
  Dict* d = self.as<Dict>();
  if (d->used == 0) {
    Ref msg = new_str("popitem(): dictionary is empty");
    if (!msg) return nullptr;
    return raise_key_error(msg);
  }
  ptrdiff_t ix = ptrdiff_t(d->nentries) - 1;
  while (!d->entries[ix].key) --ix;
  Ref k, v;
  remove_entry(d, ix, &k, &v);
  // Everything after ix is deleted and unreferenced by the index: drop it.
  d->nentries = size_t(ix);
  return new_tuple({k, v});
}

static Ref dict_update_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (dict_update_args("update", self, args, nargs, kwnames) < 0) return nullptr;
  return none_ref();
}

static Ref dict_clear_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "clear", kwnames, nargs, 0, 0)) return nullptr;
  dict_clear(self);
  return none_ref();
}

static Ref dict_copy_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "copy", kwnames, nargs, 0, 0)) return nullptr;
  return dict_copy(self);
}

static Ref dict_fromkeys_m(Value cls, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "fromkeys", kwnames, nargs, 1, 2)) return nullptr;
  Value value = nargs > 1 ? args[1] : None();
  Ref d = call0(cls);
  if (!d) return nullptr;
  bool exact = type_of(d) == &DictType;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Ref k = iter_next(it)) {
    if ((exact ? dict_set(d, k, value) : setitem(d, k, value)) < 0) return nullptr;
  }
  if (err_occurred()) return nullptr;
  return d;
}

static Ref dict_reversed_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&DictType, "__reversed__", kwnames, nargs, 0, 0)) return nullptr;
  return dict_iter(self, DictIterKind::Keys, true);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m},
    {"values", dict_values_m},
    {"items", dict_items_m},
    {"get", dict_get_m},
    {"setdefault", dict_setdefault_m},
    {"pop", dict_pop_m},
    {"popitem", dict_popitem_m},
    {"update", dict_update_m},
    {"clear", dict_clear_m},
    {"copy", dict_copy_m},
    {"fromkeys", dict_fromkeys_m, kMethClass},
    {"__reversed__", dict_reversed_m},
    {nullptr, nullptr},
};

static NumberSlots dict_number;

static TypeRegistrar dict_reg(&DictType, [](Type& t) {
  t.name = "dict";
  t.basicsize = sizeof(Dict);
  t.flags = kTpBaseType | kTpDictSubclass;
  t.base = &ObjectType;
  t.dealloc = dict_dealloc;
  t.repr = dict_repr;
  t.hash = hash_unhashable;
  t.richcompare = dict_richcompare;
  t.iter = dict_iter_slot;
  t.length = dict_length;
  t.getitem = dict_subscript;
  t.setitem = dict_ass_subscript;
  t.contains = dict_contains_slot;
  t.new_ = dict_new;
  t.init = dict_init;
  dict_number.binary[int(BinOp::Or)] = dict_or;
  dict_number.inplace[int(BinOp::Or)] = dict_ior;
  t.number = &dict_number;
  t.methods = dict_methods;
});

}  // namespace gp
