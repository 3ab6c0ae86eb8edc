// Per-thread interpreter state.
//
// Each OS thread that runs Python code owns one ThreadState: its current
// exception (the error channel of every runtime call), the exception being
// handled (sys.exc_info and implicit chaining), the frame stack and the
// recursion counter. `tstate()` is the running thread's own, kept in a
// thread_local so the eval loop and the runtime reach it without passing it
// through every call.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace gp {

struct Frame;

struct ThreadState {
  Ref current_exception;   // raised and propagating; null when none
  Ref handled_exception;   // inside an `except` block; null/None when none
  Frame* frame = nullptr;  // innermost running frame
  int recursion_depth = 0;
  int recursion_limit = 1000;
  uint64_t thread_id = 0;
};

extern thread_local ThreadState* current_tstate;

ThreadState* thread_state_new();
// Makes `ts` the calling OS thread's current thread state.
void thread_state_bind(ThreadState* ts);
void thread_state_delete(ThreadState* ts);
inline ThreadState* tstate() { return current_tstate; }

// Checks and counts one level of Python-level recursion; raises
// RecursionError ("maximum recursion depth exceeded ...") when over.
bool enter_recursive_call(const char* where);
inline void leave_recursive_call() { --tstate()->recursion_depth; }

}  // namespace gp
