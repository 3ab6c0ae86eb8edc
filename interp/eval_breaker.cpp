// The eval breaker's cold path: dispatches on the request bits.
//
// Pending calls sit in a mutex-guarded queue; the bit is cleared before the
// queue is drained so a call queued during the drain sets it again and is
// not lost. The GIL drop bit is handed to gil.cpp, which owns the GIL.
// Signals are handled on the main thread only, as in CPython: another
// thread that meets the bit leaves it set for the main thread. The bit is
// cleared before the tripped marks are taken, so a signal arriving during
// the scan sets it again; trip_signal publishes its mark with a release on
// the breaker word, which the clearing acquires.
#include "interp/eval_breaker.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <utility>
#include <vector>

#include "interp/gil.h"
#include "interp/stop_the_world.h"
#include "interp/thread_state.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/refcount.h"
#include "runtime/tuple.h"

namespace gp {

std::atomic<uint32_t> eval_breaker{0};
int (*run_signal_handler)(int signum) = nullptr;
std::atomic<int> signal_wakeup_fd{-1};

namespace {

static_assert(kNumSignals == NSIG);
std::atomic<bool> g_tripped[kNumSignals];
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free,
              "trip_signal runs in a signal handler");

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

std::atomic<bool>& sigint_pending = g_tripped[SIGINT];

void trip_signal(int signum) {
  g_tripped[signum].store(true, std::memory_order_relaxed);
  eval_breaker.fetch_or(kBreakPendingSignals, std::memory_order_release);
  int fd = signal_wakeup_fd.load(std::memory_order_relaxed);
  if (fd >= 0) {
    int saved = errno;  // the interrupted code may be about to read it
    unsigned char byte = static_cast<unsigned char>(signum);
    [[maybe_unused]] ssize_t n = ::write(fd, &byte, 1);  // a full pipe drops the byte
    errno = saved;
  }
}

int catch_signal(int signum) {
  struct sigaction sa {};
  sa.sa_handler = trip_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_ONSTACK;
  return sigaction(signum, &sa, nullptr);
}

void init_signals() {
  struct sigaction old {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) catch_signal(SIGINT);
  signal(SIGPIPE, SIG_IGN);
}

int check_signals() {
  if (!is_main_thread() || !(eval_breaker.load(std::memory_order_relaxed) & kBreakPendingSignals)) {
    return 0;
  }
  eval_breaker.fetch_and(~uint32_t(kBreakPendingSignals), std::memory_order_acquire);
  for (int signum = 1; signum < kNumSignals; ++signum) {
    if (!g_tripped[signum].exchange(false, std::memory_order_relaxed)) continue;
    // Until the signal module is imported, SIGINT is the only signal caught.
    if (!run_signal_handler) raise_with_args(&Exc_KeyboardInterrupt, empty_tuple());
    if (!run_signal_handler || run_signal_handler(signum) < 0) {
      eval_breaker_set(kBreakPendingSignals);
      return -1;
    }
  }
  return 0;
}

int handle_eval_breaker() {
  uint32_t bits = eval_breaker.load(std::memory_order_relaxed);
  if (bits & kBreakDropGil) gil_yield(tstate());
  if (bits & kBreakStopWorld) thread_park_if_stopping(tstate());
  if (bits & kBreakBrcMerge) brc_merge_pending();
  if ((bits & kBreakPendingSignals) && check_signals() < 0) return -1;
  if (bits & kBreakPendingCalls) {
    if (run_pending_calls() < 0) return -1;
  }
  return 0;
}

}  // namespace gp
