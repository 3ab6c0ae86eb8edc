// Stop-the-world (see stop_the_world.h).
//
// One mutex and condition variable cover every status change that a
// stopper or a suspended thread waits for. The attach fast path is a single
// compare-and-swap Detached -> Attached and touches neither; a detach takes
// the mutex only while a stop is requested, to wake the stopper.
#include "interp/stop_the_world.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

#include "interp/eval_breaker.h"
#include "interp/thread_state.h"

namespace gp {
namespace {

struct World {
  std::mutex mu;
  std::condition_variable changed;
  std::atomic<bool> stopping{false};
  ThreadState* stopper = nullptr;  // guarded by mu
};

// Never destroyed: finishing threads may detach during exit.
World& world() {
  static World* w = new World();
  return *w;
}

}  // namespace

bool thread_try_attach(ThreadState* ts) {
  int expected = kDetached;
  return ts->status.compare_exchange_strong(expected, kAttached, std::memory_order_acquire);
}

void thread_wait_until_resumed(ThreadState* ts) {
  World& w = world();
  std::unique_lock<std::mutex> lock(w.mu);
  w.changed.wait(lock, [&] { return ts->status.load() != kSuspended; });
}

void thread_detach(ThreadState* ts) {
  ts->status.store(kDetached, std::memory_order_release);
  World& w = world();
  if (w.stopping.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> lock(w.mu);
    w.changed.notify_all();
  }
}

void thread_park_if_stopping(ThreadState* ts) {
  World& w = world();
  std::unique_lock<std::mutex> lock(w.mu);
  if (!w.stopping.load() || w.stopper == ts) return;
  ts->status.store(kSuspended);
  w.changed.notify_all();
  w.changed.wait(lock, [&] { return !w.stopping.load(); });
  ts->status.store(kAttached);
}

WorldStopped::WorldStopped() {
  World& w = world();
  ThreadState* me = tstate();
  std::unique_lock<std::mutex> lock(w.mu);
  // Another stopper goes first; this thread parks like any other.
  while (w.stopping.load()) {
    me->status.store(kSuspended);
    w.changed.notify_all();
    w.changed.wait(lock, [&] { return !w.stopping.load(); });
    me->status.store(kAttached);
  }
  w.stopping.store(true);
  w.stopper = me;
  eval_breaker_set(kBreakStopWorld);
  w.changed.wait(lock, [&] {
    bool all_stopped = true;
    for_each_thread_state([&](ThreadState* ts) {
      if (ts == me) return;
      int expected = kDetached;
      ts->status.compare_exchange_strong(expected, kSuspended);
      if (ts->status.load() != kSuspended) all_stopped = false;
    });
    return all_stopped;
  });
}

WorldStopped::~WorldStopped() {
  World& w = world();
  {
    std::lock_guard<std::mutex> lock(w.mu);
    w.stopping.store(false);
    w.stopper = nullptr;
    eval_breaker_clear(kBreakStopWorld);
    for_each_thread_state([](ThreadState* ts) {
      int expected = kSuspended;
      ts->status.compare_exchange_strong(expected, kDetached);
    });
  }
  w.changed.notify_all();
}

}  // namespace gp
