// Unit tests of the GIL: mutual exclusion, hand-off, forced switching, no
// starvation, and the switch interval.
//
// Worker threads get raw thread states and call gil_take/gil_drop directly;
// a "CPU-bound" thread polls the eval breaker the way the eval loop does at
// its switch points. Timing bounds are generous (the machines are shared):
// they catch a GIL that never switches or waits far too long, not jitter.
#include "interp/gil.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "interp/eval_breaker.h"
#include "interp/stop_the_world.h"
#include "interp/thread_state.h"
#include "tests/unit/python_thread.h"

namespace gp {
namespace {

class GilTest : public ::testing::Test {
 protected:
  // Another suite may have left this (the main) thread holding the GIL.
  void SetUp() override {
    main_ = tstate();
    if (main_ && main_->status.load() == kAttached) gil_drop(main_);
    saved_interval_ = gil_switch_interval();
  }
  void TearDown() override {
    gil_set_switch_interval(saved_interval_);
    if (main_ && main_->status.load() != kAttached) gil_take(main_);
  }

  ThreadState* main_ = nullptr;
  double saved_interval_ = 0.005;
};

// A CPU-bound holder: spins, answering drop requests as the eval loop does,
// until `stop` is set. Returns how many times it was forced to switch.
uint64_t spin_holding(ThreadState* ts, const std::atomic<bool>& stop) {
  gil_take(ts);
  while (!stop.load()) {
    if (eval_breaker.load(std::memory_order_relaxed) & kBreakDropGil) gil_yield(ts);
  }
  uint64_t forced = ts->gil.forced_drops;
  gil_drop(ts);
  return forced;
}

double ms_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

TEST_F(GilTest, OnlyOneHolderAtATime) {
  std::atomic<int> inside{0};
  std::atomic<int> worst{0};
  int shared = 0;  // deliberately unsynchronised: only the GIL protects it
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.push_back(python_thread([&](ThreadState* ts) {
      for (int i = 0; i < 2000; ++i) {
        gil_take(ts);
        int now = ++inside;
        if (now > worst.load()) worst.store(now);
        ++shared;
        --inside;
        gil_drop(ts);
      }
    }));
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(worst.load(), 1);
  EXPECT_EQ(shared, 8000);
}

TEST_F(GilTest, HandOffWakesTheWaiter) {
  std::atomic<bool> a_holds{false}, b_done{false};
  std::thread a = python_thread([&](ThreadState* ts) {
    gil_take(ts);
    a_holds = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_FALSE(b_done.load());
    gil_drop(ts);
  });
  while (!a_holds.load()) std::this_thread::yield();
  std::thread b = python_thread([&](ThreadState* ts) {
    gil_take(ts);
    b_done = true;
    gil_drop(ts);
  });
  a.join();
  b.join();
  EXPECT_TRUE(b_done.load());
}

struct SpinOutcome {
  double waited_ms;  // how long the second thread waited to take the GIL
  uint64_t forced;   // drop requests the spinning holder answered
};

// Starts a CPU-bound holder, then times how long another thread waits for
// the GIL beside it.
SpinOutcome wait_beside_spinner() {
  std::atomic<bool> stop{false}, spinning{false};
  SpinOutcome out{0, 0};
  std::thread a = python_thread([&](ThreadState* ts) {
    spinning = true;
    out.forced = spin_holding(ts, stop);
  });
  while (!spinning.load()) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  std::thread b = python_thread([&](ThreadState* ts) {
    auto start = std::chrono::steady_clock::now();
    gil_take(ts);
    out.waited_ms = ms_since(start);
    gil_drop(ts);
  });
  b.join();
  stop = true;
  a.join();
  return out;
}

TEST_F(GilTest, CpuBoundHolderIsForcedToSwitch) {
  gil_set_switch_interval(0.005);
  SpinOutcome o = wait_beside_spinner();
  EXPECT_GE(o.forced, 1u);
  EXPECT_LT(o.waited_ms, 100.0);
}

TEST_F(GilTest, NoStarvationBesideASpinningThread) {
  gil_set_switch_interval(0.005);
  std::atomic<bool> stop{false};
  std::thread a = python_thread([&](ThreadState* ts) { spin_holding(ts, stop); });
  double worst = 0;
  std::thread b = python_thread([&](ThreadState* ts) {
    for (int i = 0; i < 40; ++i) {
      auto start = std::chrono::steady_clock::now();
      gil_take(ts);
      worst = std::max(worst, ms_since(start));
      gil_drop(ts);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  b.join();
  stop = true;
  a.join();
  // About one interval each time; 10 intervals is far beyond scheduling noise.
  EXPECT_LT(worst, 50.0);
}

TEST_F(GilTest, SwitchIntervalIsHonoured) {
  gil_set_switch_interval(0.05);
  EXPECT_DOUBLE_EQ(gil_switch_interval(), 0.05);
  SpinOutcome o = wait_beside_spinner();
  // The holder is asked to drop only after a whole interval of waiting.
  EXPECT_GE(o.waited_ms, 45.0);
  EXPECT_LT(o.waited_ms, 500.0);
}

TEST_F(GilTest, StatisticsCountTakesAndWaits) {
  std::thread t = python_thread([](ThreadState* ts) {
    ts->name = "stats-probe";
    for (int i = 0; i < 3; ++i) {
      gil_take(ts);
      gil_drop(ts);
    }
  });
  t.join();
  bool found = false;
  for (const ThreadStatsRecord& r : thread_stats_snapshot()) {
    if (r.name == "stats-probe") {
      found = true;
      EXPECT_EQ(r.stats.takes, 3u);
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace gp
