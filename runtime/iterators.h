// The builtin iterator classes: enumerate, zip, map, filter, reversed, plus
// the generic iterators behind iter(seq) for __getitem__-only sequences and
// iter(callable, sentinel).
//
// Each is a Type with a `new_` slot, so the builtins module binds the names
// to the types themselves (`type(enumerate([]))` is `enumerate`).
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type EnumerateType;     // enumerate
extern Type ZipType;           // zip
extern Type MapType;           // map
extern Type FilterType;        // filter
extern Type ReversedType;      // reversed
extern Type SeqIterType;       // iterator (iter() over __getitem__)
extern Type CallableIterType;  // callable_iterator (iter(f, sentinel))

// The `iter` slot of every iterator type: returns itself.
Ref iter_self(Value v);

// iter(seq) for an object that has __getitem__ but no __iter__.
Ref new_seq_iter(Value seq);
// iter(callable, sentinel).
Ref new_callable_iter(Value callable, Value sentinel);
// reversed(seq): __reversed__ when the type has one, else len + getitem.
Ref reversed_of(Value seq);

}  // namespace gp
