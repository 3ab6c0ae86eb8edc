// The `builtins` module: the namespace every module falls back to.
#pragma once

#include "runtime/value.h"

namespace gp {

// Creates the builtins module with its functions, types, exception classes
// and constants. Called once at start-up, before sys.
Ref builtins_module_create();

}  // namespace gp
