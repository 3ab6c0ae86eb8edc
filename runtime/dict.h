// dict: an insertion-ordered hash table (CPython's compact layout).
//
// A dense entries array keeps insertion order; a sparse index array of
// small integers maps hash slots to entries. Lookups compare hashes first and
// str keys by pointer before calling __eq__, so attribute and global lookups
// with interned names rarely leave the fast path.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#include "runtime/abstract.h"
#include "runtime/str.h"
#include "runtime/type.h"

namespace gp {

extern Type DictType;

struct DictEntry {
  int64_t hash;
  Value key;  // null for a deleted entry
  Value value;
};

struct Dict : Object {
  size_t used;        // live entries
  size_t nentries;    // entries in use, including deleted
  size_t capacity;    // entries capacity
  size_t index_size;  // power of two
  void* index;        // int8/16/32/64 slots depending on index_size
  DictEntry* entries;
  uint64_t version;  // bumped on every mutation (for caches and iteration checks)
};

inline bool is_dict(Value v) { return v.is_obj() && (v.obj()->type->flags & kTpDictSubclass); }

Ref new_dict(size_t reserve = 0);
// Borrowed result; null with no error if missing, null with error if __eq__
// or __hash__ raised.
Value dict_get(Value d, Value key);
Value dict_get_str(Value d, Str* key);  // key interned or not
Value dict_get_cstr(Value d, std::string_view key);
int dict_set(Value d, Value key, Value value);  // borrowed key and value
int dict_set_str(Value d, std::string_view key, Value value);
int dict_del(Value d, Value key);  // raises KeyError when missing
// Iteration: `pos` starts at 0; returns false at the end. Borrowed outputs.
bool dict_next(Value d, size_t* pos, Value* key, Value* value);
int dict_update(Value d, Value other);  // dict.update(mapping or pairs)
// Merges for f(**kw): raises TypeError on a duplicate key when `override` is false.
int dict_merge(Value d, Value other, bool override);
Ref dict_copy(Value d);
Ref dict_keys_list(Value d);
int dict_contains(Value d, Value key);                       // 1, 0, -1
Value dict_get_with_hash(Value d, Value key, int64_t hash);  // as dict_get
// Removes `key` and returns its value; null with no error if missing.
Ref dict_pop(Value d, Value key);
void dict_clear(Value d);

// The hash of a dict or set key. Small ints hash to themselves below
// CPython's modulus 2^61-1 (what int and float hashing give too), and exact
// str keys use their cached hash, so common keys skip the slot call.
GP_INLINE int64_t key_hash(Value key) {
  if (key.is_small()) {
    intptr_t v = key.small_value();
    constexpr intptr_t kModulus = (intptr_t(1) << 61) - 1;
    if (v > -kModulus && v < kModulus) return v == -1 ? -2 : v;
  } else if (is_exact_str(key)) {
    Str* s = key.as<Str>();
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  return hash(key);
}
// Equality of two exact str keys without calling __eq__.
GP_INLINE bool str_keys_equal(Value a, Value b) {
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
}

// Raises KeyError(key): str(e) is repr(key), as CPython's dict and set do.
std::nullptr_t raise_key_error(Value key);

// Views and iterators (dict_views.cpp).
enum class DictIterKind : uint8_t { Keys, Values, Items };
Ref dict_view(Value d, DictIterKind kind);
Ref dict_iter(Value d, DictIterKind kind, bool reverse);

}  // namespace gp
