// Frozen Python modules: stdlib/lib/**/*.py embedded in the binary as text.
//
// scripts/freeze.py generates the table at build time (build/gen/
// frozen_modules.cpp) so the interpreter runs from any directory; the import
// system compiles an entry's source on first import. Names are dotted module
// names ("concurrent.futures"); a package's entry holds its __init__.py.
#pragma once

#include <cstddef>

namespace gp {

struct FrozenModule {
  const char* name;
  const char* source;
  bool is_package;
};

extern const FrozenModule kFrozenModules[];
extern const size_t kFrozenModulesCount;

}  // namespace gp
