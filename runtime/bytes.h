// bytes: an immutable byte string, and the text codecs between str and bytes.
//
// The layout mirrors str (header, inline bytes, a trailing NUL so the data
// can be handed to C APIs) and bytes hash with the same function as str.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type BytesType;
extern Type BytesIterType;

struct Bytes : Object {
  int64_t hash;  // -1 until computed
  size_t size;
  char data[1];  // NUL-terminated

  std::string_view view() const { return {data, size}; }
};

inline bool is_bytes(Value v) { return has_flag(v, kTpBytesSubclass); }

Ref new_bytes(std::string_view data);
// An uninitialised bytes of n bytes for the caller to fill (NUL already set).
Bytes* bytes_alloc(size_t n);
// repr(b): b'...' with CPython's escaping.
Ref bytes_repr(Value b);
// The b'...' text of raw bytes (bytearray's repr wraps it).
Ref bytes_repr_text(std::string_view data);

// The bytes-like values the runtime reads (bytes, bytearray): false when v
// is neither. need_bytes_like also raises CPython's
// "a bytes-like object is required, not 'T'".
bool bytes_like_view(Value v, std::string_view* out);
bool need_bytes_like(Value v, std::string_view* out);

// The read-only methods bytes and bytearray share (bytes.cpp). Each takes
// either type as self and returns results of self's type.
#define GP_BYTES_SHARED_METHODS(X)                                                                \
  X(capitalize)                                                                                   \
  X(center)                                                                                       \
  X(count) X(decode) X(endswith) X(expandtabs) X(find) X(hex) X(index) X(isalnum) X(isalpha)      \
      X(isascii) X(isdigit) X(islower) X(isspace) X(istitle) X(isupper) X(join) X(ljust) X(lower) \
          X(lstrip) X(partition) X(removeprefix) X(removesuffix) X(replace) X(rfind) X(rindex)    \
              X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split) X(splitlines) X(startswith)     \
                  X(strip) X(swapcase) X(title) X(translate) X(upper) X(zfill)
#define GP_DECLARE_BYTES_METHOD(name) \
  Ref bytes_method_##name(Value self, const Value* args, size_t nargs, Value kwnames);
GP_BYTES_SHARED_METHODS(GP_DECLARE_BYTES_METHOD)
#undef GP_DECLARE_BYTES_METHOD
// The class methods: fromhex builds the class it is called on; maketrans
// is static.
Ref bytes_method_fromhex(Value cls, const Value* args, size_t nargs, Value kwnames);
Ref bytes_method_maketrans(Value, const Value* args, size_t nargs, Value kwnames);
// The slots bytes and bytearray share: comparison across both types,
// `in`, +, * and % (printf-style) with results of the left operand's type,
// and subscripting by index or slice.
Ref bytes_like_richcompare(Value a, Value b, CompareOp op);
int bytes_like_contains(Value v, Value item);
Ref bytes_like_add(Value a, Value b);
Ref bytes_like_mul(Value a, Value b);
Ref bytes_remainder(Value a, Value b);
Ref bytes_like_subscript(Value v, Value key);
// bytes([1, 2]) and bytearray(...)'s shared conversion of an argument:
// an iterable of ints in range(256), or a buffer. `what` names the target
// type in the error message.
bool bytes_from_object(Value src, const char* what, std::string* out);

// bytes → str with the named codec (utf-8, ascii, latin-1 and their aliases)
// and error handler (strict, replace, ignore, backslashreplace,
// surrogateescape); raises LookupError / UnicodeDecodeError like CPython.
Ref bytes_decode_text(const char* p, size_t n, std::string_view encoding, std::string_view errors);
// str → bytes (str.encode); handlers strict, replace, ignore,
// backslashreplace, xmlcharrefreplace.
Ref str_encode(Value s, std::string_view encoding, std::string_view errors);

}  // namespace gp
