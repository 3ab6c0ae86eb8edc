// The Global Interpreter Lock, modelled on CPython's "new GIL" (3.2+).
//
// One mutex guards the GIL's state (`locked`, `holder`, `switch_number`);
// a condition variable wakes threads waiting to take it. A waiter sleeps on
// the condition for the switch interval (default 5 ms); if it times out and
// no switch happened meanwhile, it sets kBreakDropGil on the eval breaker.
// The holder sees that bit at its next switch point (a backward jump or a
// frame entry), drops the GIL and then waits on a second condition until
// some other thread has taken it ("forced switching"), so a CPU-bound thread
// cannot snatch the GIL straight back and starve the waiter.
//
// Every blocking call releases the GIL through one RAII guard, GilReleased:
//
//     {
//       GilReleased unlocked;            // no Python objects touched here
//       n = ::read(fd, buf, size);
//     }
//
// A native function may do the same around long pure-C++ work; that is how
// "C extensions release the GIL" is shown (see the docs of `_thread` in
// README). While only one thread exists the guard does nothing: nobody could
// take the GIL, and an uncontended print loop should not pay two mutex
// operations per write.
//
// Statistics (-X gilstats, sys._gil_stats()) and the timeline
// (-X giltrace=FILE) are kept per thread state by take/drop.
#pragma once

#include <cerrno>
#include <cstdint>
#include <string>

#include "interp/eval_breaker.h"

namespace gp {

struct ThreadState;

// Whether this run serialises Python code with the GIL. Always true in
// gilpy; in gilpyt decided once at start-up (-X gil, PYTHON_GIL).
bool gil_enabled();
void gil_set_enabled(bool enabled);

// Blocks until `ts` holds the GIL / gives it up. `ts` must be the calling
// thread's state. `at_once` asks the holder to drop at its next switch
// point instead of after a switch interval (see Reclaim).
void gil_take(ThreadState* ts, bool at_once = false);
void gil_drop(ThreadState* ts);

// The eval breaker's answer to kBreakDropGil: gives the GIL to a waiter,
// waits until one has taken it, then takes it back.
void gil_yield(ThreadState* ts);

// sys.getswitchinterval / sys.setswitchinterval, in seconds.
double gil_switch_interval();
void gil_set_switch_interval(double seconds);

// -X giltrace: record every interval of holding the GIL.
void gil_set_trace(bool on);

// How long `ts` has held the GIL so far in its current turn (0 if not
// holding); the statistics add it for a thread that is still running.
uint64_t gil_current_hold_ns(const ThreadState* ts);

// Called by the main thread at exit once non-daemon threads are done: any
// other thread that takes the GIL from now on parks forever.
void gil_begin_finalization();

// Nanoseconds on the monotonic clock, the time base of the statistics.
uint64_t gil_now_ns();

// How a thread leaving a GilReleased section asks for the GIL back.
//   AfterInterval: like any waiter (CPython's rule). Right for lock and
//     condition waits, whose wake-ups come from other Python threads: a
//     pool worker woken by each submit must not interrupt the submitter
//     every time.
//   AtOnce: the holder drops at its next switch point. For file and pipe
//     I/O and sleeps, against the convoy effect: an I/O-bound thread would
//     otherwise wait a whole interval behind a CPU-bound one after every
//     call (a loop of 0.1 ms sleeps beside a spinning thread keeps 4% of
//     its rate on CPython 3.11 and 65-80% on gilpy).
enum class Reclaim { AfterInterval, AtOnce };

// Releases the calling thread's GIL for the guard's lifetime (if it holds
// it and another thread exists); retakes it on destruction.
class GilReleased {
 public:
  explicit GilReleased(Reclaim reclaim = Reclaim::AfterInterval);
  ~GilReleased();
  GilReleased(const GilReleased&) = delete;
  GilReleased& operator=(const GilReleased&) = delete;

 private:
  ThreadState* released_;
  bool at_once_;
};

// A blocking call made the PEP 475 way: `call` runs without the GIL and
// returns 0 or an errno value; after EINTR the GIL is retaken, pending
// signal handlers run (check_signals) and the call is made again unless a
// handler raised. Returns 0, an errno value other than EINTR, or -1 with the
// handler's exception set. `call` computes any timeout from an absolute
// deadline, so a retry waits only for what is left.
template <class Call>
int blocking_call(Reclaim reclaim, Call&& call) {
  for (;;) {
    int err;
    {
      GilReleased unlocked(reclaim);
      err = call();
    }
    if (err != EINTR) return err;
    if (check_signals() < 0) return -1;
  }
}

// The inverse, for a callback that runs Python code from inside a
// GilReleased section (the REPL's tab completion inside the line reader):
// takes the GIL if the calling thread does not hold it, gives it back after.
class GilHeld {
 public:
  GilHeld();
  ~GilHeld();
  GilHeld(const GilHeld&) = delete;
  GilHeld& operator=(const GilHeld&) = delete;

 private:
  ThreadState* taken_;
};

}  // namespace gp
