// Text formatting: the format-spec mini-language, str.format and printf-style
// `%` formatting, with CPython 3.11's output and error messages.
#pragma once

#include <string>
#include <string_view>

#include "runtime/str.h"

namespace gp {

// format(v, spec) for the builtin types: int, bool, float and str follow the
// mini-language; any other value formats as str(v) with an empty spec and
// raises "unsupported format string passed to T.__format__" otherwise.
// spec must be a str.
Ref format_builtin(Value v, Value spec);

// fmt.format(*args, **kwargs): args holds nargs positional values then one
// value per name in kwnames (the vectorcall layout).
Ref str_format(Str* fmt, const Value* args, size_t nargs, Value kwnames);
// fmt.format_map(mapping).
Ref str_format_map(Str* fmt, Value mapping);

// fmt % args for a str fmt.
Ref percent_format(Str* fmt, Value args);
// fmt % args for bytes and bytearray (%b, %s take buffers); the result
// bytes go to out. False with an exception set on error.
bool percent_format_bytes(std::string_view fmt, Value args, std::string* out);

}  // namespace gp
