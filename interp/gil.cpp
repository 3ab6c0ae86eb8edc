// The GIL (see gil.h for the algorithm).
//
// `holds_gil` on the thread state is written only by its own thread, so the
// guard can test it without the mutex. Statistics are updated while the
// GIL is held (after taking, before dropping), so a reader that holds the
// GIL sees them without racing.
//
// Finalization: once the main thread has waited for the non-daemon threads
// it calls gil_begin_finalization(); from then on a daemon thread that
// takes the GIL gives it straight back and parks forever, so no Python code
// runs beside the shutdown (CPython makes such threads exit instead).
#include "interp/gil.h"

#include <time.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "interp/eval_breaker.h"
#include "interp/stop_the_world.h"
#include "interp/thread_state.h"

namespace gp {
namespace {

struct Gil {
  std::mutex mu;
  std::condition_variable dropped;  // signalled when the GIL is released
  bool locked = false;
  uint64_t switch_number = 0;  // bumped by every take
  int waiters = 0;
  std::mutex switch_mu;
  std::condition_variable switched;    // signalled when a thread takes it
  ThreadState* last_holder = nullptr;  // guarded by switch_mu
};

// Never destroyed: a finishing thread may still be dropping the GIL while
// the process runs its exit-time destructors.
Gil& g_gil = *new Gil();
bool g_enabled = true;
bool g_trace = false;
std::atomic<bool> g_finalizing{false};
std::atomic<int64_t> g_interval_ns{5'000'000};

// Caps the timeline so a long run with millions of blocking calls cannot
// grow without bound; later spans are counted but not recorded.
constexpr size_t kMaxSpansPerThread = 1 << 20;

[[noreturn]] void park_forever() {
  std::mutex mu;
  std::condition_variable never;
  std::unique_lock<std::mutex> lock(mu);
  for (;;) never.wait(lock);
}

}  // namespace

uint64_t gil_now_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return uint64_t(t.tv_sec) * 1'000'000'000u + uint64_t(t.tv_nsec);
}

bool gil_enabled() { return g_enabled; }
void gil_set_enabled(bool enabled) { g_enabled = enabled; }
void gil_set_trace(bool on) { g_trace = on; }

double gil_switch_interval() { return double(g_interval_ns.load()) / 1e9; }
void gil_set_switch_interval(double seconds) {
  double ns = seconds * 1e9;
  g_interval_ns.store(ns < 1 ? 1 : int64_t(ns));
}

void gil_begin_finalization() { g_finalizing.store(true); }

namespace {

// Takes the GIL's mutex-guarded lock; returns the time spent waiting.
uint64_t acquire(ThreadState* ts, bool at_once) {
  uint64_t start = gil_now_ns();
  std::unique_lock<std::mutex> lock(g_gil.mu);
  if (g_gil.locked) {
    ++g_gil.waiters;
    if (at_once) eval_breaker_set(kBreakDropGil);
    while (g_gil.locked) {
      uint64_t seen = g_gil.switch_number;
      auto interval = std::chrono::nanoseconds(g_interval_ns.load(std::memory_order_relaxed));
      if (g_gil.dropped.wait_for(lock, interval) == std::cv_status::timeout && g_gil.locked &&
          g_gil.switch_number == seen) {
        eval_breaker_set(kBreakDropGil);
      }
    }
    --g_gil.waiters;
  }
  g_gil.locked = true;
  ++g_gil.switch_number;
  eval_breaker_clear(kBreakDropGil);
  if (g_finalizing.load() && ts != main_thread_state()) {
    g_gil.locked = false;
    g_gil.dropped.notify_one();
    lock.unlock();
    park_forever();
  }
  lock.unlock();
  {
    std::lock_guard<std::mutex> sl(g_gil.switch_mu);
    g_gil.last_holder = ts;
  }
  g_gil.switched.notify_all();
  return gil_now_ns() - start;
}

void release() {
  {
    std::lock_guard<std::mutex> lock(g_gil.mu);
    g_gil.locked = false;
  }
  g_gil.dropped.notify_one();
}

}  // namespace

void gil_take(ThreadState* ts, bool at_once) {
  uint64_t waited = 0;
  for (;;) {
    if (g_enabled) waited += acquire(ts, at_once);
    if (thread_try_attach(ts)) break;
    // The world is stopped: give the GIL back to the stopper and wait.
    if (g_enabled) release();
    thread_wait_until_resumed(ts);
  }
  if (!g_enabled) return;
  ts->holds_gil = true;
  ts->gil.wait_ns += waited;
  ++ts->gil.takes;
  ts->gil_taken_at = gil_now_ns();
}

void gil_drop(ThreadState* ts) {
  thread_detach(ts);
  if (!g_enabled) return;
  uint64_t now = gil_now_ns();
  ts->gil.hold_ns += now - ts->gil_taken_at;
  if (g_trace && ts->gil_spans.size() < kMaxSpansPerThread) {
    ts->gil_spans.push_back({ts->gil_taken_at, now});
  }
  ts->holds_gil = false;
  release();
}

void gil_yield(ThreadState* ts) {
  if (!g_enabled) return;
  ++ts->gil.forced_drops;
  gil_drop(ts);
  {
    // Forced switching: wait until a waiter has taken the GIL, so this
    // thread cannot take it straight back. The timed wait covers a waiter
    // that gave up (none is left to take it).
    std::unique_lock<std::mutex> sl(g_gil.switch_mu);
    auto interval = std::chrono::nanoseconds(g_interval_ns.load(std::memory_order_relaxed));
    while (g_gil.last_holder == ts) {
      if (g_gil.switched.wait_for(sl, interval) == std::cv_status::timeout) {
        std::lock_guard<std::mutex> lock(g_gil.mu);
        if (g_gil.waiters == 0) break;
      }
    }
  }
  gil_take(ts);
}

uint64_t gil_current_hold_ns(const ThreadState* ts) {
  return ts->holds_gil ? gil_now_ns() - ts->gil_taken_at : 0;
}

GilReleased::GilReleased(Reclaim reclaim)
    : released_(nullptr), at_once_(reclaim == Reclaim::AtOnce) {
  ThreadState* ts = current_tstate;
  if (ts && ts->status.load(std::memory_order_relaxed) == kAttached && thread_state_count() > 1) {
    gil_drop(ts);
    released_ = ts;
  }
}

GilReleased::~GilReleased() {
  if (released_) gil_take(released_, at_once_);
}

GilHeld::GilHeld() : taken_(nullptr) {
  ThreadState* ts = current_tstate;
  if (ts && ts->status.load(std::memory_order_relaxed) != kAttached) {
    gil_take(ts);
    taken_ = ts;
  }
}

GilHeld::~GilHeld() {
  if (taken_) gil_drop(taken_);
}

}  // namespace gp
