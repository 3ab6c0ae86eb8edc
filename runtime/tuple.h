// tuple: an immutable array of values allocated inline with the object.
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace gp {

extern Type TupleType;

struct Tuple : Object {
  int64_t hash_cache;  // reserved; tuples hash on demand
  size_t size;
  Value items[1];  // owned references

  Value* begin() { return items; }
  Value* end() { return items + size; }
};

inline bool is_tuple(Value v) { return v.is_obj() && (v.obj()->type->flags & kTpTupleSubclass); }

// A tuple of `n` null slots for the caller to fill with owned references
// (tuple_set steals). The empty tuple is a shared immortal.
Tuple* tuple_alloc(size_t n);
inline void tuple_set(Tuple* t, size_t i, Ref v) { t->items[i] = v.release(); }
Ref new_tuple(std::initializer_list<Value> items);  // items borrowed
Ref new_tuple_from(const Value* items, size_t n);   // items borrowed
Ref tuple_from_iterable(Value it);
Ref empty_tuple();
// tuple[lo:hi] (clamped), as a new tuple.
Ref tuple_slice(Value t, size_t lo, size_t hi);
// A tuple of the n items (stolen from `items`), reusing the tuple in *cache
// when nobody else holds it any more, so that iterators such as zip and
// dict.items() allocate nothing per step. *cache keeps a reference.
Ref tuple_recycle(Ref* cache, Ref* items, size_t n);

// Helpers shared by the sequence types (tuple, list, range).

// Classifies a subscript: 1 with *index set for an int or __index__ key
// (IndexError if it does not fit), 0 for a slice, -1 after raising
// "<what> indices must be integers or slices, not T".
int seq_subscript(Value key, const char* what, ptrdiff_t* index);
// Lexicographic comparison of two sequences of the same kind. `items`
// re-reads the array at every step, since an __eq__ may resize a list.
using SeqItemsFn = Value* (*)(Value seq, size_t* size);
Ref seq_richcompare(Value a, Value b, SeqItemsFn items, CompareOp op);
// For a sequence's `*` slot, called as slot(a, b) for either operand order:
// 1 with *seq/*count set, 0 for NotImplemented, -1 after raising "can't
// multiply sequence by non-int of type 'T'".
int seq_repeat_args(Value a, Value b, bool (*is_seq)(Value), Value* seq, ptrdiff_t* count);

// The optional start/stop of index(x, start, stop), clamped to [0, len].
bool seq_index_bounds(const Value* args, size_t nargs, size_t len, size_t* start, size_t* stop);

}  // namespace gp
