// The eval breaker's cold path: dispatches on the request bits.
//
// Pending calls sit in a mutex-guarded queue; the bit is cleared before the
// queue is drained so a call queued during the drain sets it again and is
// not lost. The GIL drop bit is left to gil.cpp, which owns the GIL.
#include "interp/eval_breaker.h"

#include <mutex>
#include <utility>
#include <vector>

#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/tuple.h"

namespace gp {

std::atomic<uint32_t> eval_breaker{0};
std::atomic<bool> sigint_pending{false};
int (*run_pending_signals)() = nullptr;

namespace {

std::mutex g_pending_mu;
std::vector<std::pair<int (*)(void*), void*>> g_pending;

int run_pending_calls() {
  eval_breaker_clear(kBreakPendingCalls);
  std::vector<std::pair<int (*)(void*), void*>> calls;
  {
    std::lock_guard<std::mutex> lock(g_pending_mu);
    calls.swap(g_pending);
  }
  for (size_t i = 0; i < calls.size(); ++i) {
    if (calls[i].first(calls[i].second) < 0) {
      // Requeue what did not run, so one failing call does not drop the rest.
      std::lock_guard<std::mutex> lock(g_pending_mu);
      g_pending.insert(g_pending.begin(), calls.begin() + i + 1, calls.end());
      if (!g_pending.empty()) eval_breaker_set(kBreakPendingCalls);
      return -1;
    }
  }
  return 0;
}

}  // namespace

void add_pending_call(int (*fn)(void*), void* arg) {
  {
    std::lock_guard<std::mutex> lock(g_pending_mu);
    g_pending.emplace_back(fn, arg);
  }
  eval_breaker_set(kBreakPendingCalls);
}

int handle_eval_breaker() {
  uint32_t bits = eval_breaker.load(std::memory_order_relaxed);
  if (bits & kBreakPendingSignals) {
    eval_breaker_clear(kBreakPendingSignals);
    if (sigint_pending.exchange(false, std::memory_order_relaxed)) {
      // Other signals wait for the next switch point.
      if (run_pending_signals) eval_breaker_set(kBreakPendingSignals);
      raise_with_args(&Exc_KeyboardInterrupt, empty_tuple());
      return -1;
    }
    if (run_pending_signals && run_pending_signals() < 0) return -1;
  }
  if (bits & kBreakPendingCalls) {
    if (run_pending_calls() < 0) return -1;
  }
  return 0;
}

}  // namespace gp
