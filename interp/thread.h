// Starting OS threads that run Python code (the core of _thread).
//
// A new thread gets its own ThreadState, registered before the OS thread
// exists so the GIL guard and threading._count() see it at once. The OS
// thread is created with every asynchronous signal blocked: signals are
// delivered to the main thread only, which is the one that runs Python
// signal handlers (as in CPython), and whose blocking waits return EINTR.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace gp {

// Runs func(*args, **kwargs) on a new OS thread (kwargs may be null).
// Returns the new thread's ident, or 0 with an exception set
// (RuntimeError "can't start new thread"). An exception escaping `func`
// other than SystemExit is printed like CPython's _thread does
// ("Exception ignored in thread started by: <func>" and the traceback).
uint64_t start_python_thread(Value func, Value args, Value kwargs);

// _thread.stack_size(): 0 means the platform default. Returns the previous
// value, or -1 with ValueError set when `size` is invalid.
int64_t set_thread_stack_size(int64_t size);

// _thread.get_ident() / get_native_id() of the calling thread.
uint64_t thread_ident();
int64_t thread_native_id();

}  // namespace gp
