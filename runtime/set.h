// set and frozenset: open-addressing hash tables of values.
#pragma once

#include <cstddef>

#include "runtime/type.h"

namespace gp {

extern Type SetType;
extern Type FrozenSetType;

struct SetEntry {
  int64_t hash;
  Value key;  // null = never used; the private dummy marks a removed key
};

struct SetObject : Object {
  size_t fill;      // active + dummy slots
  size_t used;      // active slots
  size_t mask;      // table size - 1 (a power of two minus one)
  SetEntry* table;  // `small` or a gp_malloc'd array
  int64_t hash;     // frozenset: -1 until computed
  SetEntry small[8];
};

Ref new_set(Value iterable = Value());  // iterable may be null
Ref new_frozenset(Value iterable = Value());
int set_add(Value s, Value key);
int set_contains(Value s, Value key);
bool is_anyset(Value v);

int set_discard(Value s, Value key);      // 1 removed, 0 absent, -1 error
int set_update(Value s, Value iterable);  // s |= iterable; 0 or -1
size_t set_size(Value s);
// Iteration: `pos` starts at 0; returns false at the end. Borrowed output.
bool set_next(Value s, size_t* pos, Value* key);
// set(a) <op> b for any iterables a and b, op one of And, Or, Sub, Xor
// (dict views' set operators).
Ref set_from_op(Value a, Value b, BinOp op);

}  // namespace gp
