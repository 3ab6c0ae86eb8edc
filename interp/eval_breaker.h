// The eval breaker: one atomic word of request bits the eval loop tests at
// its switch points (backward jumps and frame entry, see opcodes.def).
//
// Anything that needs the running thread's attention sets a bit: the GIL
// asks the holder to drop it, a signal handler marks pending signals, and
// add_pending_call() queues work to run on a Python thread (CPython's
// Py_AddPendingCall). The loop pays one relaxed load per switch point; all
// handling is in the cold handle_eval_breaker().
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/config.h"

namespace gp {

enum EvalBreakerBits : uint32_t {
  kBreakDropGil = 1u << 0,         // another thread wants the GIL (gil.cpp)
  kBreakPendingSignals = 1u << 1,  // a signal arrived (signal module)
  kBreakPendingCalls = 1u << 2,    // add_pending_call() queued work
};

extern std::atomic<uint32_t> eval_breaker;

GP_INLINE void eval_breaker_set(uint32_t bits) {
  eval_breaker.fetch_or(bits, std::memory_order_relaxed);
}
GP_INLINE void eval_breaker_clear(uint32_t bits) {
  eval_breaker.fetch_and(~bits, std::memory_order_relaxed);
}

// Runs what the set bits ask for; 0, or -1 with an exception set (a pending
// call or signal handler raised).
int handle_eval_breaker();

// Queues fn(arg) to run at the next switch point of a Python thread; fn
// returns 0, or -1 with an exception set. Safe to call from any thread
// (not from a signal handler: that one only sets kBreakPendingSignals).
void add_pending_call(int (*fn)(void*), void* arg);

// Set (with kBreakPendingSignals) by the SIGINT handler; the next switch
// point turns it into KeyboardInterrupt. Lock-free, so signal-safe.
extern std::atomic<bool> sigint_pending;

// Hook the signal module installs to run Python-level signal handlers; 0 or
// -1 with an exception set. Null until then.
extern int (*run_pending_signals)();

}  // namespace gp
