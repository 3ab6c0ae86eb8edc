// Struct sequences: tuples whose items also have names, like
// sys.version_info (`sys.version_info.major`) or sys.float_info.
//
// Each kind is a tuple subclass made once at start-up, with one read-only
// descriptor per field name; instances are plain tuples of that type, so
// indexing, unpacking and comparison behave as for tuples.
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace gp {

// Creates the type `name` (e.g. "sys.version_info") with the given field
// names; the type is immortal. Null after raising.
Type* struct_seq_type(const char* name, std::initializer_list<const char*> fields);
// An instance holding `items` (borrowed; as many as the type has fields).
Ref struct_seq_new(Type* t, std::initializer_list<Value> items);

}  // namespace gp
