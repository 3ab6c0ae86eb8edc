// range and slice objects.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type RangeType;
extern Type SliceType;

struct Slice : Object {
  Ref start, stop, step;  // None when omitted
};

Ref new_range(Value start, Value stop, Value step);
Ref new_slice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length (slice.indices semantics);
// returns the number of items, or -1 on error.
ptrdiff_t slice_unpack(Value slice, ptrdiff_t length, ptrdiff_t* start, ptrdiff_t* stop,
                       ptrdiff_t* step);

}  // namespace gp
