// Per-module import locking (see import_lock.h).
//
// One mutex guards the table of modules being initialised (module, owning
// thread) and the table of threads waiting for one; a condition variable is
// notified whenever a module finishes. Both tables are tiny (imports nest a
// few levels deep), so lookups are linear scans. Waiting releases the GIL
// first and only then takes the mutex, which is never held while waiting
// for the GIL.
#include "runtime/import_lock.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

#include "interp/gil.h"
#include "interp/thread_state.h"

namespace gp {
namespace {

struct ImportLocks {
  std::mutex mu;
  std::condition_variable finished;
  std::vector<std::pair<Value, ThreadState*>> initializing;  // module, owner
  std::vector<std::pair<ThreadState*, Value>> waiting;       // thread, module
};

// Never destroyed: a daemon thread may still be importing at exit.
ImportLocks& locks() {
  static ImportLocks* l = new ImportLocks();
  return *l;
}

ThreadState* owner_of(const ImportLocks& l, Value m) {
  for (const auto& [mod, owner] : l.initializing) {
    if (mod.is(m)) return owner;
  }
  return nullptr;
}

Value awaited_by(const ImportLocks& l, ThreadState* ts) {
  for (const auto& [waiter, mod] : l.waiting) {
    if (waiter == ts) return mod;
  }
  return Value();
}

// Whether `me` waiting for a module `owner` initialises closes a cycle.
bool would_deadlock(const ImportLocks& l, ThreadState* me, ThreadState* owner) {
  for (size_t hops = 0; owner && hops <= l.waiting.size(); ++hops) {
    if (owner == me) return true;
    Value next = awaited_by(l, owner);
    owner = next ? owner_of(l, next) : nullptr;
  }
  return false;
}

}  // namespace

ModuleInitializing::ModuleInitializing(Value m) : module_(m) {
  ImportLocks& l = locks();
  std::lock_guard<std::mutex> lock(l.mu);
  l.initializing.emplace_back(m, tstate());
}

ModuleInitializing::~ModuleInitializing() {
  ImportLocks& l = locks();
  {
    std::lock_guard<std::mutex> lock(l.mu);
    // Not necessarily the last entry: another thread may have started a
    // module since.
    auto it = std::find_if(l.initializing.rbegin(), l.initializing.rend(), [&](const auto& e) {
      return e.first.is(module_) && e.second == tstate();
    });
    l.initializing.erase(std::next(it).base());
  }
  l.finished.notify_all();
}

bool module_is_initializing(Value m) {
  ImportLocks& l = locks();
  std::lock_guard<std::mutex> lock(l.mu);
  return owner_of(l, m) != nullptr;
}

void wait_for_module_init(Value m) {
  if (thread_state_count() == 1) return;  // no other thread to wait for
  ImportLocks& l = locks();
  ThreadState* me = tstate();
  {
    std::lock_guard<std::mutex> lock(l.mu);
    ThreadState* owner = owner_of(l, m);
    if (!owner || would_deadlock(l, me, owner)) return;
    l.waiting.emplace_back(me, m);
  }
  GilReleased unlocked;
  std::unique_lock<std::mutex> lock(l.mu);
  l.finished.wait(lock, [&] {
    ThreadState* owner = owner_of(l, m);
    return !owner || owner == me || would_deadlock(l, me, owner);
  });
  l.waiting.erase(std::find_if(l.waiting.begin(), l.waiting.end(),
                               [&](const auto& e) { return e.first == me; }));
}

}  // namespace gp
