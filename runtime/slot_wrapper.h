// Slots seen from Python: int.__add__, list.__len__, object.__repr__, ...
//
// type_ready adds a wrapper_descriptor to a type's dict for every slot the
// type defines itself (not inherited), so Python code can call the dunder
// explicitly or through super(). The wrapper remembers its owner type and
// calls the owner's slot, never type(self)'s, which is what makes
// `object.__repr__(x)` bypass an override.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type SlotWrapperType;    // wrapper_descriptor
extern Type MethodWrapperType;  // method-wrapper

int add_slot_wrappers(Type* t);

// When `v` is one of the objects add_slot_wrappers puts in a builtin type's
// dict (a slot wrapper, or its __new__), the type whose slots it calls; null
// for anything else. Classes use this to inherit a builtin slot directly
// instead of forwarding through the dunder.
Type* slot_wrapper_owner(Value v);

}  // namespace gp
