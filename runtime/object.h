// The object header and reference counting.
//
// Every heap object starts with its reference count and its type. In the GIL
// build the count is a plain integer the GIL protects. In the free-threaded
// build counting is biased (PEP 703): an object records the thread that
// created it (its owner), which counts its own references in a plain local
// field, while every other thread counts in an atomic shared field whose two
// low bits flag it "queued" (handed to the owner to merge) and "merged" (the
// local count was folded into it; the shared field alone is the count now).
// Most objects never leave their thread, so the common case costs no atomic
// instruction. The slow paths, and how a count that another thread drove
// negative finds its way back to the owner, are in refcount.cpp.
//
// Immortal objects (None, True, False, interned strings, builtin types) can
// never be freed. The GIL build gives them a count so large it can never
// reach zero and lets it drift rather than test on every incref; the
// free-threaded build marks them with an all-ones local count and skips
// them, so threads do not fight over their cache line.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <new>

#include "runtime/refcount.h"
#include "runtime/value.h"

namespace gp {

using ssize_t_ = std::ptrdiff_t;

constexpr int64_t kImmortalRefcnt = int64_t(1) << 60;

void dealloc_object(Object* o);  // calls type->dealloc; see dealloc.cpp

#if GILPY_FREE_THREADED

constexpr uint32_t kImmortalLocal = UINT32_MAX;

// The id new objects of the calling thread are owned by.
GP_INLINE uint32_t brc_owner_id() {
  uint32_t tid = brc_tid;
  return GP_LIKELY(tid < kBrcExited) ? tid : brc_register_thread();
}

// However an object is constructed (alloc_object or placement new), the
// constructing thread owns it with a count of 1.
struct Object {
  std::atomic<uint32_t> ref_owner{brc_owner_id()};  // brc_tid of the owner; 0: none
  std::atomic<uint32_t> ref_local{1};               // written only by the owner
  std::atomic<int64_t> ref_shared{0};               // count << kBrcSharedShift | flags
  Type* type = nullptr;
};

// The header of a statically allocated immortal object.
#define GP_IMMORTAL_HEAD(type) \
  { 0, ::gp::kImmortalLocal, 0, type }

GP_INLINE bool is_owned_here(const Object* o) {
  return o->ref_owner.load(std::memory_order_relaxed) == brc_tid;
}

GP_INLINE bool is_immortal(const Object* o) {
  return o->ref_local.load(std::memory_order_relaxed) == kImmortalLocal;
}

// The owner test comes first: immortal objects have no owner, so the
// common case (an object of this thread) skips the immortality test.
GP_INLINE void incref_obj(Object* o) {
  if (GP_LIKELY(is_owned_here(o))) {
    o->ref_local.store(o->ref_local.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  } else if (!is_immortal(o)) {
    o->ref_shared.fetch_add(int64_t(1) << kBrcSharedShift, std::memory_order_relaxed);
  }
}

GP_INLINE void decref_obj(Object* o) {
  if (GP_LIKELY(is_owned_here(o))) {
    uint32_t local = o->ref_local.load(std::memory_order_relaxed) - 1;
    o->ref_local.store(local, std::memory_order_relaxed);
    if (local == 0) {
      if (o->ref_shared.load(std::memory_order_acquire) == 0) {
        dealloc_object(o);
      } else {
        brc_merge_zero_local(o);
      }
    }
  } else if (!is_immortal(o)) {
    brc_decref_shared(o);
  }
}

// Gives a recycled or resurrected object a count of 1, owned by the calling
// thread.
GP_INLINE void init_refcount(Object* o) {
  o->ref_owner.store(brc_owner_id(), std::memory_order_relaxed);
  o->ref_local.store(1, std::memory_order_relaxed);
  o->ref_shared.store(0, std::memory_order_relaxed);
}

inline void make_immortal(Object* o) {
  o->ref_owner.store(0, std::memory_order_relaxed);
  o->ref_shared.store(0, std::memory_order_relaxed);
  o->ref_local.store(kImmortalLocal, std::memory_order_relaxed);
}

// The count as far as another thread can tell (sys.getrefcount-style).
inline int64_t refcount_of(const Object* o) {
  if (is_immortal(o)) return kImmortalRefcnt;
  return int64_t(o->ref_local.load(std::memory_order_relaxed)) +
         (o->ref_shared.load(std::memory_order_relaxed) >> kBrcSharedShift);
}

// True when the caller's reference is the only one, so the object may be
// reused in place: only its owner can tell.
GP_INLINE bool is_unique(const Object* o) {
  return is_owned_here(o) && o->ref_local.load(std::memory_order_relaxed) == 1 &&
         o->ref_shared.load(std::memory_order_relaxed) == 0;
}

// A dead object is kept alive across its finaliser with one reference
// (resurrect_start); resurrect_end drops it and returns true when the
// finaliser stored a new reference somewhere.
inline void resurrect_start(Object* o) { init_refcount(o); }
inline bool resurrect_end(Object* o) {
  if (is_unique(o)) {
    o->ref_local.store(0, std::memory_order_relaxed);
    return false;
  }
  return brc_merge(o, -1) != 0;
}

// The trashcan (dealloc.cpp) chains dead objects through their count.
inline void set_dealloc_link(Object* o, Object* next) {
  o->ref_shared.store(reinterpret_cast<intptr_t>(next), std::memory_order_relaxed);
}
inline Object* dealloc_link(const Object* o) {
  return reinterpret_cast<Object*>(intptr_t(o->ref_shared.load(std::memory_order_relaxed)));
}

#else

struct Object {
  int64_t refcnt = 1;
  Type* type = nullptr;
};

#define GP_IMMORTAL_HEAD(type) \
  { ::gp::kImmortalRefcnt * 2, type }

GP_INLINE void incref_obj(Object* o) { ++o->refcnt; }

GP_INLINE void decref_obj(Object* o) {
  if (--o->refcnt == 0) dealloc_object(o);
}

GP_INLINE void init_refcount(Object* o) { o->refcnt = 1; }

inline void make_immortal(Object* o) { o->refcnt = kImmortalRefcnt * 2; }

GP_INLINE bool is_immortal(const Object* o) { return o->refcnt >= kImmortalRefcnt; }

inline int64_t refcount_of(const Object* o) { return o->refcnt; }

GP_INLINE bool is_unique(const Object* o) { return o->refcnt == 1; }

inline void resurrect_start(Object* o) { o->refcnt = 1; }
inline bool resurrect_end(Object* o) { return --o->refcnt != 0; }

inline void set_dealloc_link(Object* o, Object* next) {
  o->refcnt = reinterpret_cast<intptr_t>(next);
}
inline Object* dealloc_link(const Object* o) {
  return reinterpret_cast<Object*>(intptr_t(o->refcnt));
}

#endif

GP_INLINE void incref(Value v) {
  if (v.is_obj()) incref_obj(v.obj());
}
GP_INLINE void decref(Value v) {
  if (v.is_obj()) decref_obj(v.obj());
}

// Allocation goes through mimalloc. `size` includes the header.
void* gp_malloc(size_t size);
void* gp_realloc(void* p, size_t size);
void gp_free(void* p);

// Allocates an object of `size` bytes (>= sizeof(T); more for trailing
// inline items), zero-fills it, value-initialises T in place (so Ref and
// std:: members are valid), sets the type and returns it with refcount 1;
// nullptr after raising MemoryError. Release with destroy_object<T>.
template <class T>
T* alloc_object(Type* type, size_t size = sizeof(T)) {
  void* mem = gp_malloc(size);
  if (!mem) return nullptr;
  std::memset(mem, 0, size);
  T* o = new (mem) T();
  o->type = type;
  return o;
}

}  // namespace gp
