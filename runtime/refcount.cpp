// Slow paths of biased reference counting (see refcount.h and object.h).
//
// The semantics follow CPython 3.13's free-threaded build. A non-owner
// decref that would take a shared field of exactly 0 (no flags) below zero
// instead sets the queued flag without subtracting: the queue now holds
// that reference, so the object cannot be freed behind the owner's back,
// and the flag is set once, so each object is queued at most once. The owner
// later merges with -1 for it. Once merged (owner 0, merged flag), the
// shared field is the count and reaching zero frees the object.
//
// Live owners and their queues sit in one mutex-guarded map. Queueing is
// rare (at most once per object, and only for objects shared between
// threads) and so is merging, so one lock is enough. An owner looks at its
// own queue through a thread_local pointer and an atomic flag, so a thread
// that meets kBreakBrcMerge meant for another pays two loads; the bit is
// cleared when no queue is pending.
#include "runtime/refcount.h"

#if GILPY_FREE_THREADED

#include <atomic>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "interp/eval_breaker.h"
#include "runtime/object.h"

namespace gp {

constinit thread_local uint32_t brc_tid GP_BRC_TLS = kBrcUnregistered;

namespace {

struct Queue {
  std::atomic<bool> pending{false};  // objects is not empty
  std::vector<Object*> objects;      // guarded by Registry::mu
};

// Allocated once and never destroyed: threads may still decref while the
// process exits.
struct Registry {
  std::mutex mu;
  std::unordered_map<uint32_t, Queue*> owners;
  uint32_t next_id = 1;
  std::atomic<int> pending_queues{0};
};
Registry& registry() {
  static Registry* r = new Registry();
  return *r;
}

constinit thread_local Queue* t_queue = nullptr;

void merge_and_free(Object* o, int64_t extra) {
  if (brc_merge(o, extra) == 0) dealloc_object(o);
}

// The queue's reference to each object is dropped by the merge.
void merge_all(const std::vector<Object*>& objects) {
  for (Object* o : objects) merge_and_free(o, -1);
}

// Takes the queue's objects; the caller holds the registry lock.
std::vector<Object*> take_locked(Registry& r, Queue* q) {
  std::vector<Object*> out;
  if (q->pending.load(std::memory_order_relaxed)) {
    out.swap(q->objects);
    q->pending.store(false, std::memory_order_relaxed);
    r.pending_queues.fetch_sub(1);
  }
  return out;
}

void queue_to_owner(Object* o) {
  Registry& r = registry();
  {
    std::lock_guard<std::mutex> lock(r.mu);
    auto it = r.owners.find(o->ref_owner.load(std::memory_order_relaxed));
    if (it != r.owners.end()) {
      Queue* q = it->second;
      q->objects.push_back(o);
      if (!q->pending.load(std::memory_order_relaxed)) {
        q->pending.store(true, std::memory_order_relaxed);
        r.pending_queues.fetch_add(1);
        eval_breaker_set(kBreakBrcMerge);
      }
      return;
    }
  }
  // No live owner: its local count is final, so merge here.
  merge_and_free(o, -1);
}

}  // namespace

uint32_t brc_register_thread() {
  if (brc_tid == kBrcExited) return 0;
  Registry& r = registry();
  Queue* q = new Queue();
  std::lock_guard<std::mutex> lock(r.mu);
  brc_tid = r.next_id++;
  r.owners.emplace(brc_tid, q);
  t_queue = q;
  return brc_tid;
}

void brc_merge_zero_local(Object* o) {
  // Unowned before merged: a thread that sees owner 0 may rely on the merge.
  o->ref_owner.store(0, std::memory_order_relaxed);
  int64_t shared = o->ref_shared.load(std::memory_order_relaxed);
  int64_t merged;
  do {
    merged = (shared & ~(kBrcQueued | kBrcMerged)) | kBrcMerged;
  } while (!o->ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel,
                                                std::memory_order_relaxed));
  if (merged == kBrcMerged) dealloc_object(o);
}

void brc_decref_shared(Object* o) {
  int64_t shared = o->ref_shared.load(std::memory_order_relaxed);
  int64_t next;
  bool queue;
  do {
    queue = shared == 0;
    next = queue ? kBrcQueued : shared - (int64_t(1) << kBrcSharedShift);
  } while (!o->ref_shared.compare_exchange_weak(shared, next, std::memory_order_acq_rel,
                                                std::memory_order_relaxed));
  if (queue) {
    queue_to_owner(o);
  } else if (next == kBrcMerged) {
    dealloc_object(o);
  }
}

int64_t brc_merge(Object* o, int64_t extra) {
  int64_t local = o->ref_local.load(std::memory_order_relaxed);
  o->ref_local.store(0, std::memory_order_relaxed);
  o->ref_owner.store(0, std::memory_order_relaxed);
  int64_t shared = o->ref_shared.load(std::memory_order_relaxed);
  int64_t count;
  do {
    count = (shared >> kBrcSharedShift) + local + extra;
  } while (!o->ref_shared.compare_exchange_weak(shared, (count << kBrcSharedShift) | kBrcMerged,
                                                std::memory_order_acq_rel,
                                                std::memory_order_relaxed));
  return count;
}

void brc_merge_pending() {
  Registry& r = registry();
  if (Queue* q = t_queue; q && q->pending.load(std::memory_order_relaxed)) {
    std::vector<Object*> objects;
    {
      std::lock_guard<std::mutex> lock(r.mu);
      objects = take_locked(r, q);
    }
    merge_all(objects);
  }
  if (r.pending_queues.load() == 0) {
    eval_breaker_clear(kBreakBrcMerge);
    // A queue that became pending during the clear sets the bit again.
    if (r.pending_queues.load() != 0) eval_breaker_set(kBreakBrcMerge);
  }
}

void brc_thread_exit() {
  uint32_t tid = brc_tid;
  brc_tid = kBrcExited;
  Queue* q = std::exchange(t_queue, nullptr);
  if (tid == kBrcExited || tid == kBrcUnregistered) return;
  Registry& r = registry();
  std::vector<Object*> objects;
  {
    std::lock_guard<std::mutex> lock(r.mu);
    objects = take_locked(r, q);
    r.owners.erase(tid);
  }
  delete q;
  merge_all(objects);
}

}  // namespace gp

#endif
