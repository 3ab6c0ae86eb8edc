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
  kBreakStopWorld = 1u << 3,       // a stopper waits for threads to park
  kBreakBrcMerge = 1u << 4,        // objects queued to an owner (refcount.h)
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

// ---- signals ----
//
// One C-level handler, trip_signal, serves every signal that has a Python
// handler (and SIGINT from start-up): it marks the signal tripped, sets
// kBreakPendingSignals and writes the signal number to the wakeup fd, which
// is all a signal handler may safely do. Threads run with signals blocked
// (thread.h), so the kernel interrupts the main thread, whose blocking calls
// return EINTR; the main thread runs the Python handlers at its next switch
// point or right after such a call (check_signals).

// Signal numbers are below this (NSIG on Linux).
constexpr int kNumSignals = 65;

// The C-level handler. Async-signal-safe.
void trip_signal(int signum);

// Makes trip_signal the handler of `signum`. Like CPython, without
// SA_RESTART: blocking calls fail with EINTR and then check for signals.
// 0, or -1 with errno set (EINVAL for SIGKILL and SIGSTOP).
int catch_signal(int signum);

// Start-up, as CPython: SIGINT raises KeyboardInterrupt (unless the parent
// left it ignored) and SIGPIPE is ignored (writes fail with EPIPE instead).
void init_signals();

// SIGINT's tripped mark; the REPL's line editor takes it to abandon a line.
extern std::atomic<bool>& sigint_pending;

// The fd trip_signal writes each signal number to (signal.set_wakeup_fd), or
// -1.
extern std::atomic<int> signal_wakeup_fd;

// Runs the Python handlers of the tripped signals if the caller is the main
// thread (holding the GIL); blocking calls use it after EINTR. 0, or -1 with
// the handler's exception set (KeyboardInterrupt for the default SIGINT);
// signals not yet handled then wait for the next check.
int check_signals();

// Hook the signal module installs to run the Python handler of one tripped
// signal; 0 or -1 with an exception set. Until then only SIGINT is caught,
// and it raises KeyboardInterrupt.
extern int (*run_signal_handler)(int signum);

}  // namespace gp
