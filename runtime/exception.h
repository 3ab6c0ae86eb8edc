// Exception objects and the builtin exception classes.
//
// Builtin exception classes are static Types named Exc_<Name> (listed in
// exceptions.def). An exception instance carries its args tuple and the
// chaining fields (__traceback__, __cause__, __context__).
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace gp {

#define EXC(name, base) extern Type Exc_##name;
#include "runtime/exceptions.def"
#undef EXC

struct ExceptionObject : Object {
  Ref args;       // tuple
  Ref traceback;  // Traceback object or null
  Ref cause;      // null when unset
  Ref context;
  Ref dict;  // instance attributes (e.g. SyntaxError.filename, StopIteration.value)
  bool suppress_context;
};

// Creates an instance of exception class `t` with the given args tuple.
Ref new_exception(Type* t, Value args_tuple);
// Text of str(exc) for the traceback's last line.
Ref exception_str(Value exc);
// Raises SyntaxError (or IndentationError/TabError, by `kind`) carrying
// CPython's attributes: msg, filename, lineno, offset, text, end_lineno,
// end_offset.
std::nullptr_t raise_syntax_error(std::string_view kind, std::string_view msg,
                                  std::string_view filename, int lineno, int offset, int end_lineno,
                                  int end_offset, std::string_view text);

inline bool is_exception(Value v) { return v.is_obj() && has_flag(v, kTpExcSubclass); }

// The OSError subclass CPython picks for an errno (ENOENT → FileNotFoundError,
// ...); OSError itself when none applies.
Type* oserror_type_for(int errnum);
// Raises the OSError subclass for `errnum` with args (errno, strerror) and,
// when `filename` is non-null, .filename set: "[Errno 2] No such file or
// directory: 'x'".
std::nullptr_t raise_oserror(int errnum, Value filename = Value());

}  // namespace gp
