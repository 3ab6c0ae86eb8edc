// Traceback entries, and printing exceptions the way CPython 3.11 does.
//
// As an exception unwinds out of each frame the eval loop prepends one entry
// (code object + instruction index) to the exception's __traceback__, so the
// chain runs from the outermost frame to the innermost, as CPython's does.
// Printing resolves each entry's instruction to a source span through the
// code's position table and re-reads the source line from the file (or the
// in-memory source of `-c` and stdin scripts) to show it with 3.11's carets.
// NameError and AttributeError get 3.11's "Did you mean: 'x'?" suggestion.
#pragma once

#include <string>
#include <string_view>

#include "interp/code.h"

namespace gp {

extern Type TracebackType;

struct Traceback : Object {
  Ref next;  // deeper entry, or null
  Ref code;  // Code
  // The frame's namespaces, kept only on the innermost entry of a NameError:
  // frames are not objects here, and "Did you mean" needs them at printing.
  Ref globals;
  Ref builtins;
  uint32_t lasti;
};

// Prepends an entry for (code, lasti) to the current exception's traceback.
void traceback_here(Code* code, uint32_t lasti);
int traceback_lineno(const Traceback* tb);

// Source text of files that are not on disk ("<string>", "<stdin>"), so
// tracebacks can still show their lines.
void register_source(std::string_view filename, std::string source);

// Writes `text` to sys.stderr and flushes it, falling back to fd 2; never
// fails and leaves no exception set.
void write_stderr(std::string_view text);

// Prints `exc` with its chain (__cause__/__context__) and traceback to
// sys.stderr in CPython's layout.
void print_exception(Value exc);

}  // namespace gp
