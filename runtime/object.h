// The object header and reference counting.
//
// Every heap object starts with {refcount, type}. Reference counting is what
// the GIL protects: in the GIL build the count is a plain integer; in the
// free-threaded build it is updated atomically (a later step moves to biased
// counting). Immortal objects (None, True, False, interned strings, builtin
// types) start with a count so large it can never reach zero; the GIL build
// lets it drift harmlessly rather than test for it on every incref, while the
// free-threaded build skips them so threads do not fight over their cache line.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <new>

#include "runtime/value.h"

namespace gp {

using ssize_t_ = std::ptrdiff_t;

constexpr int64_t kImmortalRefcnt = int64_t(1) << 60;

struct Object {
#if GILPY_FREE_THREADED
  std::atomic<int64_t> refcnt{1};
#else
  int64_t refcnt = 1;
#endif
  Type* type = nullptr;
};

void dealloc_object(Object* o);  // calls type->dealloc; see dealloc.cpp

GP_INLINE void incref_obj(Object* o) {
#if GILPY_FREE_THREADED
  if (o->refcnt.load(std::memory_order_relaxed) >= kImmortalRefcnt) return;
  o->refcnt.fetch_add(1, std::memory_order_relaxed);
#else
  ++o->refcnt;
#endif
}

GP_INLINE void decref_obj(Object* o) {
#if GILPY_FREE_THREADED
  if (o->refcnt.load(std::memory_order_relaxed) >= kImmortalRefcnt) return;
  if (o->refcnt.fetch_sub(1, std::memory_order_acq_rel) == 1) dealloc_object(o);
#else
  if (--o->refcnt == 0) dealloc_object(o);
#endif
}

GP_INLINE void incref(Value v) {
  if (v.is_obj()) incref_obj(v.obj());
}
GP_INLINE void decref(Value v) {
  if (v.is_obj()) decref_obj(v.obj());
}

inline void make_immortal(Object* o) { o->refcnt = kImmortalRefcnt * 2; }

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
