// Argument parsing for native functions (the vectorcall convention).
//
// parse_args binds positional and keyword arguments to named parameters the
// way a Python def would, raising CPython's TypeErrors ("f() takes at most 2
// arguments (3 given)", "'x' is an invalid keyword argument for f()", ...).
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace gp {

// Binds args to `names` (in order). The first `required` are mandatory; the
// rest are left null when absent. Parameters before index `posonly` cannot
// be given by keyword; those from `kwonly` on must be given by keyword (pass
// names.size() when there are none). `out` has names.size() borrowed slots.
bool parse_args(const char* fname, const Value* args, size_t nargs, Value kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out,
                size_t posonly = 0, size_t kwonly = size_t(-1));

// Argument checks for a method of a builtin type, in CPython's wording:
// "list.append() takes exactly one argument (0 given)", "T.m() takes no
// keyword arguments".
bool method_args(Type* owner, const char* name, Value kwnames, size_t nargs, size_t min,
                 size_t max);

// Raises "fname() takes no keyword arguments" when kwnames is non-empty.
bool no_kwargs(const char* fname, Value kwnames);
// Raises the CPython message when nargs is outside [min, max].
bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace gp
