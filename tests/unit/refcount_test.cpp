// Unit tests of reference counting. The free-threaded build's biased
// counting is exercised with raw OS threads and no GIL, as it will run once
// the GIL is off: objects released on another thread than their owner's,
// owners exiting while others still hold references, many threads counting
// one object at once. Every test object's dealloc counts itself, so a test
// checks that each object is freed exactly once, and only when the last
// reference goes.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "interp/eval_breaker.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/type.h"

namespace gp {
namespace {

std::atomic<int> g_freed{0};

struct Counted : Object {
  Ref held;  // lets a freed object release another one
};

void counted_dealloc(Object* o) {
  g_freed.fetch_add(1);
  destroy_object<Counted>(o);
}

Type* counted_type() {
  static Type* t = [] {
    static Type type;
    type.name = "counted";
    type.dealloc = counted_dealloc;
    make_immortal(&type);
    return &type;
  }();
  return t;
}

class RefcountTest : public ::testing::Test {
 protected:
  void SetUp() override { g_freed = 0; }
};

Object* new_counted() { return alloc_object<Counted>(counted_type()); }

TEST_F(RefcountTest, OwnerFreesAtZero) {
  Object* o = new_counted();
  incref_obj(o);
  EXPECT_EQ(refcount_of(o), 2);
  decref_obj(o);
  EXPECT_EQ(g_freed, 0);
  decref_obj(o);
  EXPECT_EQ(g_freed, 1);
}

TEST_F(RefcountTest, UniqueOnlyWithOneReference) {
  Object* o = new_counted();
  EXPECT_TRUE(is_unique(o));
  incref_obj(o);
  EXPECT_FALSE(is_unique(o));
  decref_obj(o);
  EXPECT_TRUE(is_unique(o));
  decref_obj(o);
  EXPECT_EQ(g_freed, 1);
}

TEST_F(RefcountTest, ImmortalNeverFreed) {
  Object* o = new_counted();
  make_immortal(o);
  for (int i = 0; i < 1000; ++i) decref_obj(o);
  EXPECT_TRUE(is_immortal(o));
  EXPECT_EQ(g_freed, 0);
}

#if GILPY_FREE_THREADED

// str and bytes are built by placement new, not alloc_object: they must be
// owned all the same, or every release would take the shared slow path.
TEST_F(RefcountTest, PlacementNewObjectsAreOwned) {
  Ref s = new_str("owned");
  EXPECT_TRUE(is_owned_here(s.obj()));
  EXPECT_TRUE(is_unique(s.obj()));
}

// Runs `body` on a raw thread that leaves as a Python thread does.
std::thread brc_thread(std::function<void()> body) {
  return std::thread([body] {
    body();
    brc_thread_exit();
  });
}

TEST_F(RefcountTest, ReleasedByAnotherThreadIsQueuedToTheOwner) {
  Object* o = new_counted();
  brc_thread([o] {
    EXPECT_FALSE(is_unique(o));
    decref_obj(o);
  }).join();
  // The owner's local count still holds the reference the other thread
  // dropped: nothing can be freed before the owner merges.
  EXPECT_EQ(g_freed, 0);
  EXPECT_TRUE(eval_breaker.load() & kBreakBrcMerge);
  brc_merge_pending();
  EXPECT_EQ(g_freed, 1);
  EXPECT_FALSE(eval_breaker.load() & kBreakBrcMerge);
}

TEST_F(RefcountTest, OwnerOutlivedByItsObject) {
  Object* o = nullptr;
  brc_thread([&o] { o = new_counted(); }).join();
  incref_obj(o);
  decref_obj(o);
  EXPECT_EQ(g_freed, 0);
  decref_obj(o);
  EXPECT_EQ(g_freed, 1);
}

TEST_F(RefcountTest, OwnerExitsWhileOthersHoldReferences) {
  constexpr int kHolders = 4;
  Object* o = nullptr;
  std::atomic<bool> owner_gone{false};
  std::atomic<int> released{0};
  std::vector<std::thread> holders;
  brc_thread([&] {
    o = new_counted();
    for (int i = 0; i < kHolders; ++i) incref_obj(o);  // one per holder
    for (int i = 0; i < kHolders; ++i) {
      holders.push_back(brc_thread([&] {
        while (!owner_gone.load()) std::this_thread::yield();
        for (int k = 0; k < 1000; ++k) {
          incref_obj(o);
          decref_obj(o);
        }
        // The last holder to release must be the one that frees it.
        EXPECT_EQ(g_freed, 0);
        released.fetch_add(1);
        decref_obj(o);
      }));
    }
    decref_obj(o);
  }).join();
  owner_gone = true;
  for (std::thread& t : holders) t.join();
  EXPECT_EQ(released, kHolders);
  EXPECT_EQ(g_freed, 1);
}

TEST_F(RefcountTest, ManyThreadsCountOneObject) {
  constexpr int kThreads = 8;
  Object* o = new_counted();
  for (int i = 0; i < kThreads; ++i) incref_obj(o);
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.push_back(brc_thread([&] {
      while (!go.load()) std::this_thread::yield();
      std::vector<Value> refs;
      for (int k = 0; k < 2000; ++k) {
        incref_obj(o);
        refs.push_back(Value(o));
        if (k % 3 == 0) {
          decref_obj(o);
          refs.pop_back();
        }
      }
      for (Value v : refs) decref(v);
      decref_obj(o);
    }));
  }
  go = true;
  // The owner counts too, and merges whatever the others queue meanwhile.
  for (int k = 0; k < 2000; ++k) {
    incref_obj(o);
    decref_obj(o);
    brc_merge_pending();
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(g_freed, 0);
  decref_obj(o);
  brc_merge_pending();
  EXPECT_EQ(g_freed, 1);
}

// A live owner keeps merging while other threads drive the shared counts of
// many of its objects to zero and below.
TEST_F(RefcountTest, LiveOwnerMergesConcurrentReleases) {
  constexpr int kObjects = 2000;
  constexpr int kThreads = 4;
  std::vector<Object*> objects;
  for (int i = 0; i < kObjects; ++i) {
    Object* o = new_counted();
    for (int k = 0; k < kThreads; ++k) incref_obj(o);
    objects.push_back(o);
  }
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k) {
    threads.push_back(brc_thread([&objects] {
      for (Object* o : objects) decref_obj(o);
    }));
  }
  for (Object* o : objects) {
    decref_obj(o);
    brc_merge_pending();
  }
  for (std::thread& t : threads) t.join();
  brc_merge_pending();
  EXPECT_EQ(g_freed, kObjects);
}

// A chain freed on a thread that owns none of its links.
TEST_F(RefcountTest, ChainFreedAcrossThreads) {
  Object* head = nullptr;
  brc_thread([&head] {
    for (int i = 0; i < 100; ++i) {
      Counted* c = alloc_object<Counted>(counted_type());
      if (head) c->held = Ref::steal(Value(head));
      head = c;
    }
  }).join();
  decref_obj(head);
  EXPECT_EQ(g_freed, 100);
}

TEST_F(RefcountTest, ImmortalSharedByThreads) {
  Object* o = new_counted();
  make_immortal(o);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.push_back(brc_thread([o] {
      for (int k = 0; k < 1000; ++k) decref_obj(o);
    }));
  }
  for (std::thread& t : threads) t.join();
  brc_merge_pending();
  EXPECT_TRUE(is_immortal(o));
  EXPECT_EQ(g_freed, 0);
}

#endif

}  // namespace
}  // namespace gp
