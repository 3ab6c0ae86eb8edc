// Thread states, their registry, and the recursion guard.
#include "interp/thread_state.h"

#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "interp/frame.h"
#include "interp/gil.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"

namespace gp {

constinit thread_local ThreadState* current_tstate = nullptr;

namespace {

// Allocated once and never destroyed: a thread that has just released its
// join lock may still be unregistering itself while the process exits, so
// the registry must outlive static destruction.
struct Registry {
  std::mutex mu;
  std::vector<ThreadState*> live;
  std::vector<ThreadStatsRecord> finished;
};
Registry& registry() {
  static Registry* r = new Registry();
  return *r;
}

std::atomic<int> g_count{0};
ThreadState* g_main = nullptr;

// The statistics of `ts` without its timeline (the caller adds it if needed).
ThreadStatsRecord record_of(const ThreadState* ts) {
  ThreadStatsRecord r{ts->name, ts->thread_id, ts->native_id, ts->gil, {}};
  r.stats.hold_ns += gil_current_hold_ns(ts);
  return r;
}

}  // namespace

ThreadState* thread_state_new() {
  ThreadState* ts = new ThreadState();
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  if (!g_main) {
    g_main = ts;
    ts->name = "MainThread";
  }
  r.live.push_back(ts);
  g_count.fetch_add(1);
  return ts;
}

void thread_state_bind(ThreadState* ts) {
  current_tstate = ts;
  ts->thread_id = uint64_t(pthread_self());
  ts->native_id = int64_t(gettid());
}

void thread_state_clear(ThreadState* ts) {
  ts->current_exception = nullptr;
  ts->handled_exception = nullptr;
  ts->thread_locals = nullptr;
  // Per-thread caches are freed here, while the GIL is held, not by
  // their TLS destructors after the thread has dropped it.
  float_clear_free_list();
  frame_stack_release();
}

void thread_state_delete(ThreadState* ts) {
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mu);
    r.finished.push_back(record_of(ts));
    r.finished.back().spans = std::move(ts->gil_spans);
    r.live.erase(std::find(r.live.begin(), r.live.end(), ts));
    g_count.fetch_sub(1);
  }
  if (current_tstate == ts) current_tstate = nullptr;
  delete ts;
}

ThreadState* main_thread_state() { return g_main; }

void for_each_thread_state(const std::function<void(ThreadState*)>& fn) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  for (ThreadState* ts : r.live) fn(ts);
}

int thread_state_count() { return g_count.load(std::memory_order_relaxed); }

std::vector<ThreadStatsRecord> thread_stats_snapshot(bool with_spans) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  std::vector<ThreadStatsRecord> out;
  out.reserve(r.finished.size() + r.live.size());
  for (const ThreadStatsRecord& done : r.finished) {
    out.push_back({done.name, done.ident, done.native_id, done.stats, {}});
    if (with_spans) out.back().spans = done.spans;
  }
  for (ThreadState* ts : r.live) {
    out.push_back(record_of(ts));
    if (with_spans) out.back().spans = ts->gil_spans;
  }
  return out;
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
