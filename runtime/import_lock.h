// Per-module import locking: a thread that imports a module whose body
// another thread is still running waits until that body has finished, so
// it never sees a half-initialised module (CPython's _ModuleLock).
//
// A module is marked "initializing" by the thread running its body. An
// importer that finds the module in sys.modules waits while another thread
// initialises it, unless waiting would deadlock (that thread is itself
// waiting, directly or through others, for a module this thread is
// initialising: two threads importing each other's modules), in which case
// it takes the partial module as a circular import in one thread would.
#pragma once

#include "runtime/value.h"

namespace gp {

// Marks `m` as initializing by the calling thread for the guard's lifetime.
class ModuleInitializing {
 public:
  explicit ModuleInitializing(Value m);
  ~ModuleInitializing();
  ModuleInitializing(const ModuleInitializing&) = delete;
  ModuleInitializing& operator=(const ModuleInitializing&) = delete;

 private:
  Value module_;
};

// Whether some thread is running `m`'s body (for "partially initialized
// module" messages).
bool module_is_initializing(Value m);

// Returns once no other thread is initialising `m` (or waiting would
// deadlock). Called with the GIL held; releases it while waiting.
void wait_for_module_init(Value m);

}  // namespace gp
