// Per-thread interpreter state.
//
// Each OS thread that runs Python code owns one ThreadState: its current
// exception (the error channel of every runtime call), the exception being
// handled (sys.exc_info and implicit chaining), the frame stack and the
// recursion counter. `tstate()` is the running thread's own, kept in a
// thread_local so the eval loop and the runtime reach it without passing it
// through every call.
//
// All live thread states are kept in one registry (threading._count(),
// -X gilstats, and later stop-the-world walk it). A thread's GIL
// statistics outlive it: on deletion they move to the registry's list of
// finished threads so the exit report still shows them.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace gp {

struct Frame;

// What the GIL measured for one thread, in nanoseconds and counts.
struct GilStats {
  uint64_t hold_ns = 0;       // time holding the GIL
  uint64_t wait_ns = 0;       // time waiting to take it
  uint64_t takes = 0;         // times it took the GIL
  uint64_t forced_drops = 0;  // times it gave it up on a drop request
};

// One interval of holding the GIL, for -X giltrace.
struct GilSpan {
  uint64_t start_ns, end_ns;
};

struct ThreadStatsRecord {
  std::string name;
  uint64_t ident;
  int64_t native_id;
  GilStats stats;
  std::vector<GilSpan> spans;
};

struct ThreadState {
  Ref current_exception;   // raised and propagating; null when none
  Ref handled_exception;   // inside an `except` block; null/None when none
  Frame* frame = nullptr;  // innermost running frame
  int recursion_depth = 0;
  int recursion_limit = 1000;
  uint64_t thread_id = 0;  // _thread.get_ident(); 0 until bound
  int64_t native_id = 0;   // the kernel's thread id
  std::string name;        // for the statistics; threading sets it
  GilStats gil;
  bool holds_gil = false;          // written only by this thread
  std::atomic<int> status{0};      // a ThreadStatus (stop_the_world.h)
  uint64_t gil_taken_at = 0;       // when it last took the GIL
  std::vector<GilSpan> gil_spans;  // only with -X giltrace
  Ref thread_locals;               // _thread._local storage: a dict keyed by local id
};

// constinit: no dynamic initialiser, so other files read it directly instead
// of through a TLS wrapper call.
extern constinit thread_local ThreadState* current_tstate;

// Creates and registers a thread state (not yet bound to an OS thread).
ThreadState* thread_state_new();
// Makes `ts` the calling OS thread's current thread state and records the
// thread's identifiers in it.
void thread_state_bind(ThreadState* ts);
// Drops the objects `ts` holds; the caller holds the GIL.
void thread_state_clear(ThreadState* ts);
// Unregisters and frees a cleared `ts`, keeping its statistics.
void thread_state_delete(ThreadState* ts);
inline ThreadState* tstate() { return current_tstate; }

// The state of the thread that started the interpreter.
ThreadState* main_thread_state();
inline bool is_main_thread() { return current_tstate == main_thread_state(); }

// Calls `fn` on every live thread state, under the registry lock.
void for_each_thread_state(const std::function<void(ThreadState*)>& fn);

// Live thread states (_thread._count() is this minus one).
int thread_state_count();

// Statistics of every thread that ever ran, finished ones first; with
// `with_spans`, also their -X giltrace timelines.
std::vector<ThreadStatsRecord> thread_stats_snapshot(bool with_spans = false);

// Checks and counts one level of Python-level recursion; raises
// RecursionError ("maximum recursion depth exceeded ...") when over.
bool enter_recursive_call(const char* where);
inline void leave_recursive_call() { --tstate()->recursion_depth; }

}  // namespace gp
