// The pieces of the `_thread` module shared between its files:
// _thread_lock.cpp (lock, RLock and the wait they share), _thread_local.cpp
// (_local) and _thread.cpp (the module's functions, which assembles them).
#pragma once

#include <semaphore.h>

#include <cstdint>

#include "runtime/args.h"
#include "runtime/type.h"

namespace gp {

extern Type LockType;   // _thread.lock (allocate_lock)
extern Type RLockType;  // _thread.RLock
extern Type LocalType;  // _thread._local

// A parameterless function or method, named in errors as CPython names it
// ("lock.locked() takes no arguments (1 given)", "_thread.get_ident() ...").
inline bool no_args(const char* qualname, size_t nargs, Value kwnames) {
  return no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, 0, 0);
}

// A new unlocked _thread.lock, or null with MemoryError set.
Ref new_lock();

// acquire(blocking=True, timeout=-1) of lock and RLock, with CPython's
// errors. Sets *timeout_ns to the wait allowed: -1 forever, 0 no wait.
bool parse_acquire_args(const Value* args, size_t nargs, Value kwnames, int64_t* timeout_ns);

// Takes one unit of `sem`, waiting at most timeout_ns (-1: forever) with the
// GIL released. A signal interrupting the wait runs the Python handlers; if
// one raises (Ctrl-C), the wait ends with that exception. 1 acquired,
// 0 timed out, -1 exception set.
int semaphore_acquire(sem_t* sem, int64_t timeout_ns);

}  // namespace gp
