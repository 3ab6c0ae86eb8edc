// _thread.lock and _thread.RLock.
//
// Both wait on a POSIX semaphore of initial value 1 rather than a mutex,
// because Python lets any thread release a lock another thread acquired
// (threading.Condition and Semaphore rely on it), which a pthread mutex
// forbids. An uncontended acquire is one sem_trywait: no syscall and no GIL
// release. Only when it must wait does the thread give up the GIL and sleep
// in sem_clockwait on CLOCK_MONOTONIC, against an absolute deadline so a
// signal interrupting the wait (EINTR, main thread only) costs no
// recomputation: the Python handlers run, and if one raises (Ctrl-C) the
// acquire ends with its exception, which is how KeyboardInterrupt reaches a
// main thread blocked in Lock.acquire or Thread.join.
//
// A lock also keeps `held` beside the semaphore so that release() can tell
// an unlocked lock without racing another releaser (two posts would let two
// threads in). An RLock adds its owner's ident and a recursion count; only
// the owner writes them, but other threads read `owner` to decide whether
// they own it, hence the atomic.
#include <semaphore.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <ctime>

#include "interp/eval_breaker.h"
#include "interp/gil.h"
#include "interp/thread.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native/_thread.h"

namespace gp {

Type LockType;
Type RLockType;

namespace {

constexpr int64_t kNsPerSec = 1000000000;
constexpr int64_t kForever = -kNsPerSec;  // acquire's default timeout, -1 s

// CPython's seconds-to-nanoseconds conversion for timeouts: a float, or an
// integer by __index__, rounded away from zero.
bool timeout_to_ns(Value v, int64_t* out) {
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise(&Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d *= 1e9;
    d = d >= 0 ? std::ceil(d) : std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      raise(&Exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = int64_t(d);
    return true;
  }
  Ref i = number_index(v);
  if (!i) return false;
  int64_t secs;
  if (!int_to_i64(i, &secs) || __builtin_mul_overflow(secs, kNsPerSec, out)) {
    raise(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

struct LockObject : Object {
  sem_t sem;
  std::atomic<bool> held;
};

struct RLockObject : Object {
  sem_t sem;
  std::atomic<uint64_t> owner;  // thread ident, 0 when free
  uint64_t count;
};

// --- lock ---

// Locks come from allocate_lock() only, as in CPython.
Ref lock_new(Type* t, const Value*, size_t, Value) {
  return raise(&Exc_TypeError, "cannot create '%s' instances", t->name);
}

void lock_dealloc(Object* o) {
  sem_destroy(&static_cast<LockObject*>(o)->sem);
  destroy_object<LockObject>(o);
}

Ref lock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout)) return nullptr;
  auto* l = self.as<LockObject>();
  int r = semaphore_acquire(&l->sem, timeout);
  if (r < 0) return nullptr;
  if (r) l->held.store(true, std::memory_order_relaxed);
  return bool_ref(r);
}

Ref lock_release_any(Value self) {
  auto* l = self.as<LockObject>();
  if (!l->held.exchange(false, std::memory_order_relaxed)) {
    return raise(&Exc_RuntimeError, "release unlocked lock");
  }
  sem_post(&l->sem);
  return none_ref();
}

Ref lock_release(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("lock.release", nargs, kwnames)) return nullptr;
  return lock_release_any(self);
}

// __exit__(*exc_info): the arguments are ignored.
Ref lock_exit(Value self, const Value*, size_t, Value) { return lock_release_any(self); }

Ref lock_locked(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("lock.locked", nargs, kwnames)) return nullptr;
  return bool_ref(self.as<LockObject>()->held.load(std::memory_order_relaxed));
}

// After fork() the child's locks may be held by threads that no longer
// exist; threading resets the ones it owns.
Ref lock_at_fork_reinit(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("lock._at_fork_reinit", nargs, kwnames)) return nullptr;
  auto* l = self.as<LockObject>();
  sem_destroy(&l->sem);
  sem_init(&l->sem, 0, 1);
  l->held.store(false, std::memory_order_relaxed);
  return none_ref();
}

Ref lock_repr(Value self) {
  bool held = self.as<LockObject>()->held.load(std::memory_order_relaxed);
  return str_printf("<%s %s object at %p>", held ? "locked" : "unlocked", type_name(self),
                    static_cast<void*>(self.obj()));
}

const MethodDef lock_methods[] = {
    {"acquire", lock_acquire},
    {"acquire_lock", lock_acquire},
    {"__enter__", lock_acquire},
    {"release", lock_release},
    {"release_lock", lock_release},
    {"__exit__", lock_exit},
    {"locked", lock_locked},
    {"locked_lock", lock_locked},
    {"_at_fork_reinit", lock_at_fork_reinit},
    {nullptr, nullptr},
};

TypeRegistrar lock_reg(&LockType, [](Type& t) {
  t.name = "_thread.lock";
  t.basicsize = sizeof(LockObject);
  t.new_ = lock_new;
  t.dealloc = lock_dealloc;
  t.repr = lock_repr;
  t.methods = lock_methods;
});

// --- RLock ---

int rlock_init_state(RLockObject* r) {
  r->owner.store(0, std::memory_order_relaxed);
  r->count = 0;
  return sem_init(&r->sem, 0, 1);
}

Ref rlock_new(Type* t, const Value*, size_t, Value) {
  auto* r = alloc_object<RLockObject>(t, t->basicsize);
  if (!r) return nullptr;
  Ref result = Ref::steal(r);
  rlock_init_state(r);
  return result;
}

void rlock_dealloc(Object* o) {
  sem_destroy(&static_cast<RLockObject*>(o)->sem);
  destroy_object<RLockObject>(o);
}

bool rlock_owned_by(RLockObject* r, uint64_t ident) {
  return r->count && r->owner.load(std::memory_order_relaxed) == ident;
}

Ref rlock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout)) return nullptr;
  auto* r = self.as<RLockObject>();
  uint64_t me = thread_ident();
  if (rlock_owned_by(r, me)) {
    if (r->count == UINT64_MAX) return raise(&Exc_OverflowError, "Internal lock count overflowed");
    ++r->count;
    return bool_ref(true);
  }
  int got = semaphore_acquire(&r->sem, timeout);
  if (got < 0) return nullptr;
  if (got) {
    r->owner.store(me, std::memory_order_relaxed);
    r->count = 1;
  }
  return bool_ref(got);
}

// Gives the semaphore back after the owner's last release.
void rlock_free(RLockObject* r) {
  r->count = 0;
  r->owner.store(0, std::memory_order_relaxed);
  sem_post(&r->sem);
}

Ref rlock_release_any(Value self) {
  auto* r = self.as<RLockObject>();
  if (!rlock_owned_by(r, thread_ident())) {
    return raise(&Exc_RuntimeError, "cannot release un-acquired lock");
  }
  if (--r->count == 0) rlock_free(r);
  return none_ref();
}

Ref rlock_release(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("RLock.release", nargs, kwnames)) return nullptr;
  return rlock_release_any(self);
}

Ref rlock_exit(Value self, const Value*, size_t, Value) { return rlock_release_any(self); }

Ref rlock_is_owned(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("RLock._is_owned", nargs, kwnames)) return nullptr;
  return bool_ref(rlock_owned_by(self.as<RLockObject>(), thread_ident()));
}

Ref rlock_recursion_count(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("RLock._recursion_count", nargs, kwnames)) return nullptr;
  auto* r = self.as<RLockObject>();
  return int_from_u64(rlock_owned_by(r, thread_ident()) ? r->count : 0);
}

// Condition.wait: fully releases the lock, returning (count, owner) for
// _acquire_restore.
Ref rlock_release_save(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("RLock._release_save", nargs, kwnames)) return nullptr;
  auto* r = self.as<RLockObject>();
  if (!r->count) return raise(&Exc_RuntimeError, "cannot release un-acquired lock");
  Ref count = int_from_u64(r->count);
  Ref owner = int_from_u64(r->owner.load(std::memory_order_relaxed));
  if (!count || !owner) return nullptr;
  Ref state = new_tuple({count, owner});
  if (!state) return nullptr;
  rlock_free(r);
  return state;
}

bool state_item(Value v, int index, uint64_t* out) {
  if (!is_int(v)) {
    raise(&Exc_TypeError, "_acquire_restore() argument 1, item %d must be int, not %s", index,
          type_name(v));
    return false;
  }
  int64_t i;
  if (!int_as_i64(v, &i)) return false;
  *out = uint64_t(i);
  return true;
}

// The other half of Condition.wait. Not interruptible, like CPython's:
// Condition.wait must hold the lock again whatever happens, or the `with`
// around it fails to release it.
Ref rlock_acquire_restore(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("RLock._acquire_restore", kwnames) ||
      !check_nargs("RLock._acquire_restore", nargs, 1, 1)) {
    return nullptr;
  }
  Value state = args[0];
  const Value* items;
  size_t size;
  if (is_tuple(state)) {
    items = state.as<Tuple>()->begin();
    size = state.as<Tuple>()->size;
  } else if (is_list(state)) {
    items = state.as<List>()->items;
    size = state.as<List>()->size;
  } else {
    return raise(&Exc_TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s",
                 type_name(state));
  }
  if (size != 2) {
    return raise(&Exc_TypeError,
                 "_acquire_restore() argument 1 must be sequence of length 2, not %zu", size);
  }
  uint64_t count, owner;
  if (!state_item(items[0], 0, &count) || !state_item(items[1], 1, &owner)) return nullptr;
  auto* r = self.as<RLockObject>();
  if (sem_trywait(&r->sem) != 0) {
    GilReleased unlocked;
    while (sem_wait(&r->sem) != 0) {
    }
  }
  r->owner.store(owner, std::memory_order_relaxed);
  r->count = count;
  return none_ref();
}

Ref rlock_at_fork_reinit(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("RLock._at_fork_reinit", nargs, kwnames)) return nullptr;
  auto* r = self.as<RLockObject>();
  sem_destroy(&r->sem);
  rlock_init_state(r);
  return none_ref();
}

Ref rlock_repr(Value self) {
  auto* r = self.as<RLockObject>();
  return str_printf("<%s %s object owner=%llu count=%llu at %p>", r->count ? "locked" : "unlocked",
                    type_name(self),
                    static_cast<unsigned long long>(r->owner.load(std::memory_order_relaxed)),
                    static_cast<unsigned long long>(r->count), static_cast<void*>(self.obj()));
}

const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire},
    {"__enter__", rlock_acquire},
    {"release", rlock_release},
    {"__exit__", rlock_exit},
    {"_is_owned", rlock_is_owned},
    {"_recursion_count", rlock_recursion_count},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"_at_fork_reinit", rlock_at_fork_reinit},
    {nullptr, nullptr},
};

TypeRegistrar rlock_reg(&RLockType, [](Type& t) {
  t.name = "_thread.RLock";
  t.basicsize = sizeof(RLockObject);
  t.flags = kTpBaseType;
  t.new_ = rlock_new;
  t.dealloc = rlock_dealloc;
  t.repr = rlock_repr;
  t.methods = rlock_methods;
});

}  // namespace

Ref new_lock() {
  auto* l = alloc_object<LockObject>(&LockType, sizeof(LockObject));
  if (!l) return nullptr;
  Ref result = Ref::steal(l);
  sem_init(&l->sem, 0, 1);
  return result;
}

bool parse_acquire_args(const Value* args, size_t nargs, Value kwnames, int64_t* timeout_ns) {
  Value a[2] = {};
  if (!parse_args("acquire", args, nargs, kwnames, {"blocking", "timeout"}, 0, a)) return false;
  bool blocking = true;
  if (a[0]) {
    Ref b = number_index(a[0]);
    int64_t i;
    if (!b || !int_as_i64(b, &i)) return false;
    blocking = i != 0;
  }
  int64_t timeout = kForever;
  if (a[1] && !timeout_to_ns(a[1], &timeout)) return false;
  if (!blocking && timeout != kForever) {
    raise(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (timeout < 0 && timeout != kForever) {
    raise(&Exc_ValueError, "timeout value must be positive");
    return false;
  }
  *timeout_ns = !blocking ? 0 : timeout == kForever ? -1 : timeout;
  return true;
}

int semaphore_acquire(sem_t* sem, int64_t timeout_ns) {
  if (sem_trywait(sem) == 0) return 1;
  if (timeout_ns == 0) return 0;
  timespec deadline{};
  if (timeout_ns > 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    int64_t now = int64_t(deadline.tv_sec) * kNsPerSec + deadline.tv_nsec;
    int64_t end;
    if (__builtin_add_overflow(now, timeout_ns, &end)) end = INT64_MAX;
    deadline = {time_t(end / kNsPerSec), long(end % kNsPerSec)};
  }
  // Only the main thread receives signals and runs their handlers.
  bool interruptible = is_main_thread();
  int err = blocking_call(Reclaim::AfterInterval, [&] {
    // A signal caught since the last switch point (or while the GIL was
    // being handed over) would not interrupt the wait: act as if it had.
    if (interruptible && (eval_breaker.load(std::memory_order_relaxed) & kBreakPendingSignals)) {
      return EINTR;
    }
    int rc = timeout_ns < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
    return rc == 0 ? 0 : errno;
  });
  if (err == 0) return 1;
  if (err == ETIMEDOUT) return 0;
  if (err > 0) raise_oserror(err);
  return -1;
}

}  // namespace gp
