// bytearray: the mutable byte string.
//
// The bytes live in a std::string owned by the object, so append, insert
// and slice assignment reuse its amortised growth. Every read-only method
// is shared with bytes (bytes.h, GP_BYTES_SHARED_METHODS) and works on the
// view either type exposes; results take the receiver's type.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type ByteArrayType;
extern Type ByteArrayIterType;

struct ByteArray : Object {
  std::string buf;
};

inline bool is_bytearray(Value v) {
  return v.is_obj() &&
         (v.obj()->type == &ByteArrayType || type_is_subtype(v.obj()->type, &ByteArrayType));
}

Ref new_bytearray(std::string_view data);

}  // namespace gp
