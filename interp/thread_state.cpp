// Thread states and the recursion guard.
#include "interp/thread_state.h"

#include "runtime/error.h"
#include "runtime/exception.h"

namespace gp {

thread_local ThreadState* current_tstate = nullptr;

ThreadState* thread_state_new() { return new ThreadState(); }

void thread_state_bind(ThreadState* ts) { current_tstate = ts; }

void thread_state_delete(ThreadState* ts) {
  if (current_tstate == ts) current_tstate = nullptr;
  delete ts;
}

bool enter_recursive_call(const char* where) {
  ThreadState* ts = tstate();
  if (GP_UNLIKELY(++ts->recursion_depth > ts->recursion_limit)) {
    --ts->recursion_depth;
    raise(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}

}  // namespace gp
