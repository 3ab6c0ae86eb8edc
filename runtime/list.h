// list: a growable array of owned references.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type ListType;

struct List : Object {
  Value* items;  // owned references, gp_malloc'd
  size_t size;
  size_t capacity;
  Ref dict;  // unused for builtin lists; here so subclasses share the layout
};

inline bool is_list(Value v) { return v.is_obj() && (v.obj()->type->flags & kTpListSubclass); }

Ref new_list(size_t reserve = 0);
Ref new_list_from(const Value* items, size_t n);  // items borrowed
int list_append(Value list, Value item);          // borrowed item; 0 or -1
int list_extend(Value list, Value iterable);
Ref list_from_iterable(Value it);
// Sorts in place: stable, with optional key (null) and reverse.
int list_sort(Value list, Value key, bool reverse);
// list[lo:hi] (clamped), as a new list.
Ref list_slice(Value list, size_t lo, size_t hi);
// reversed(list): a list_reverseiterator.
Ref list_reverse_iter(Value list);
// Drops every item (list.clear()).
void list_clear(Value list);

// The `hash` slot of mutable containers: raises "unhashable type: 'T'".
int64_t hash_unhashable(Value v);

// Recursion guard for container reprs (`[...]`, `{...}`): repr_enter returns
// 1 when `v` is already being repr'd on this thread (print the ellipsis), 0
// when it was recorded (call repr_leave after), -1 on error.
int repr_enter(Value v);
void repr_leave(Value v);

}  // namespace gp
