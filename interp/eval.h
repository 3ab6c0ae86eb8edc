// The bytecode interpreter entry points.
#pragma once

#include "interp/code.h"

namespace gp {

// Runs a module-level or class-body code object with the given namespaces
// (locals may be the same dict as globals). Returns the result or null.
Ref eval_code(Value code, Value globals, Value locals);

}  // namespace gp
