// Unit tests of stop-the-world, without the GIL (the free-threaded case,
// where it does real work) and with it.
//
// Workers are raw thread states that attach with gil_take, poll the eval
// breaker at their "switch points" like the eval loop, and detach with
// gil_drop, as a blocking call does.
#include "interp/stop_the_world.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

#include "interp/eval_breaker.h"
#include "interp/gil.h"
#include "interp/thread_state.h"
#include "tests/unit/python_thread.h"

namespace gp {
namespace {

using std::chrono::milliseconds;

class StopTheWorldTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    // Another suite may have left this thread attached (holding the GIL).
    me_ = tstate();
    if (!me_) {
      me_ = thread_state_new();
      thread_state_bind(me_);
    }
    if (me_->status.load() == kAttached) gil_drop(me_);
    saved_ = gil_enabled();
    gil_set_enabled(GetParam());
  }
  void TearDown() override {
    gil_set_enabled(saved_);
    gil_take(me_);
  }

  ThreadState* me_ = nullptr;
  bool saved_ = true;
};

// A switch point of the eval loop.
void switch_point(ThreadState* ts) {
  uint32_t bits = eval_breaker.load(std::memory_order_relaxed);
  if (bits & kBreakDropGil) gil_yield(ts);
  if (bits & kBreakStopWorld) thread_park_if_stopping(ts);
}

TEST_P(StopTheWorldTest, RunningThreadsPauseAtSwitchPoints) {
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> progress[2] = {0, 0};
  std::atomic<int> started{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 2; ++i) {
    threads.push_back(python_thread([&, i](ThreadState* ts) {
      gil_take(ts);
      ++started;
      while (!stop.load()) {
        progress[i].fetch_add(1, std::memory_order_relaxed);
        switch_point(ts);
      }
      gil_drop(ts);
    }));
  }
  while (started.load() < 2) std::this_thread::yield();
  gil_take(me_);
  uint64_t before[2], after[2];
  {
    WorldStopped stopped;
    for (int i = 0; i < 2; ++i) before[i] = progress[i].load();
    std::this_thread::sleep_for(milliseconds(30));
    for (int i = 0; i < 2; ++i) after[i] = progress[i].load();
  }
  uint64_t at_restart = progress[0].load() + progress[1].load();
  gil_drop(me_);
  for (int spins = 0; progress[0].load() + progress[1].load() == at_restart && spins < 1000;
       ++spins) {
    std::this_thread::sleep_for(milliseconds(1));
  }
  uint64_t later = progress[0].load() + progress[1].load();
  stop = true;
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(before[0], after[0]);
  EXPECT_EQ(before[1], after[1]);
  EXPECT_GT(later, at_restart);  // they run again once the world restarts
}

TEST_P(StopTheWorldTest, DetachedThreadCannotAttachWhileStopped) {
  std::atomic<bool> detached{false}, attached{false};
  std::thread t = python_thread([&](ThreadState* ts) {
    gil_take(ts);
    gil_drop(ts);  // now in a "blocking call"
    detached = true;
    std::this_thread::sleep_for(milliseconds(10));
    gil_take(ts);  // back from it: must wait for the world
    attached = true;
    gil_drop(ts);
  });
  while (!detached.load()) std::this_thread::yield();
  gil_take(me_);
  bool attached_while_stopped;
  {
    WorldStopped stopped;
    std::this_thread::sleep_for(milliseconds(50));
    attached_while_stopped = attached.load();
  }
  gil_drop(me_);
  t.join();
  EXPECT_FALSE(attached_while_stopped);
  EXPECT_TRUE(attached.load());
}

TEST_P(StopTheWorldTest, RepeatedStopsWithThreadsComingAndGoing) {
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.push_back(python_thread([&](ThreadState* ts) {
      while (!stop.load()) {
        gil_take(ts);
        for (int k = 0; k < 100; ++k) switch_point(ts);
        gil_drop(ts);
      }
    }));
  }
  int rounds_all_parked = 0;
  for (int round = 0; round < 50; ++round) {
    gil_take(me_);
    {
      WorldStopped stopped;
      bool others_running = false;
      for_each_thread_state([&](ThreadState* ts) {
        if (ts != me_ && ts->status.load() == kAttached) others_running = true;
      });
      rounds_all_parked += !others_running;
    }
    gil_drop(me_);
  }
  stop = true;
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(rounds_all_parked, 50);
}

INSTANTIATE_TEST_SUITE_P(GilOnAndOff, StopTheWorldTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "WithGil" : "WithoutGil"; });

}  // namespace
}  // namespace gp
