// bytes: an immutable byte string, and the text codecs between str and bytes.
//
// The layout mirrors str (header, inline bytes, a trailing NUL so the data
// can be handed to C APIs) and bytes hash with the same function as str.
#pragma once

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

// bytes → str with the named codec (utf-8, ascii, latin-1 and their aliases)
// and error handler (strict, replace, ignore, backslashreplace,
// surrogateescape); raises LookupError / UnicodeDecodeError like CPython.
Ref bytes_decode_text(const char* p, size_t n, std::string_view encoding, std::string_view errors);
// str → bytes (str.encode); handlers strict, replace, ignore,
// backslashreplace, xmlcharrefreplace.
Ref str_encode(Value s, std::string_view encoding, std::string_view errors);

}  // namespace gp
