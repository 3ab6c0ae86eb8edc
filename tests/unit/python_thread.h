// A test helper: an OS thread with its own registered, bound thread state,
// as the interpreter's threads have (the GIL and stop-the-world tests drive
// gil_take/gil_drop on such threads directly).
#pragma once

#include <functional>
#include <thread>

#include "interp/thread_state.h"

namespace gp {

inline std::thread python_thread(std::function<void(ThreadState*)> body) {
  ThreadState* ts = thread_state_new();
  return std::thread([ts, body] {
    thread_state_bind(ts);
    body(ts);
    thread_state_delete(ts);
  });
}

}  // namespace gp
