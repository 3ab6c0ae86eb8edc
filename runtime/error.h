// Raising and inspecting Python exceptions from C++.
//
// Exceptions travel as return values: a failing function sets the current
// exception on its thread state and returns null (Ref), -1 (int) or nullptr.
// `raise` returns nullptr so that `return raise(...)` works for both Ref and
// pointer results. No C++ exceptions cross the runtime.
#pragma once

#include <cstdarg>
#include <string_view>

#include "runtime/type.h"

namespace gp {

// Sets a new exception of type `t` with a printf-formatted message. The
// format also accepts "%V", which is not supported by printf; use
// raise_str/repr helpers for object text instead.
std::nullptr_t raise(Type* t, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Raises `exc`: an exception instance, or an exception class to instantiate.
std::nullptr_t raise_value(Value exc);
std::nullptr_t raise_with_args(Type* t, Value args_tuple);

bool err_occurred();
// Whether the current exception is an instance of `t` (or a subclass).
bool err_matches(Type* t);
// Takes the current exception (an instance); null Ref if none.
Ref err_fetch();
// Sets `exc` (an instance, or null to clear) as the current exception.
void err_restore(Ref exc);
void err_clear();

// Shorthand for the common "'%s' object ..." messages: the type name of `v`.
const char* type_name(Value v);

}  // namespace gp
