// Biased reference counting for the free-threaded build: the thread-level
// side and the slow paths of the inline counting in object.h.
//
// Each thread that allocates objects gets a small id (brc_tid), never reused
// and never 0, registered together with a queue. When a thread other than
// the owner drives an object's shared count below zero (the owner still
// holds the references that balance it), it cannot tell whether the object
// is dead: it queues the object to its owner instead, which merges the two
// counts at its next eval-breaker switch point (kBreakBrcMerge) and frees
// the object if they sum to zero. An owner that has exited cannot change its
// local count any more, so the thread that would queue merges right away.
// In the GIL build all of this reduces to no-ops.
#pragma once

#include <cstdint>

#include "runtime/config.h"

namespace gp {

struct Object;

#if GILPY_FREE_THREADED

// Low bits of Object::ref_shared; the count is shifted above them.
constexpr int kBrcSharedShift = 2;
constexpr int64_t kBrcQueued = 1;  // handed to the owner to merge
constexpr int64_t kBrcMerged = 2;  // the shared field is the whole count

// Values of brc_tid that no object has as owner: the thread has no id yet,
// or it has exited (its objects are counted through the shared field).
constexpr uint32_t kBrcExited = UINT32_MAX - 1;
constexpr uint32_t kBrcUnregistered = UINT32_MAX;

// The calling thread's id, compared on every incref and decref. constinit:
// read without a TLS wrapper call; local-exec (the core is only ever linked
// into executables): one %fs-relative operand, no GOT load.
#define GP_BRC_TLS __attribute__((tls_model("local-exec")))
extern constinit thread_local uint32_t brc_tid GP_BRC_TLS;

// Registers the calling thread and returns its id; 0 (no owner) once the
// thread has exited.
uint32_t brc_register_thread();

// The owner's local count reached zero while the shared field is not.
void brc_merge_zero_local(Object* o);
// A decref by a thread that does not own `o`.
void brc_decref_shared(Object* o);
// Folds the local count and `extra` into the shared field, leaves the
// object unowned and returns the resulting count. Only the owner, or any
// thread once the owner is gone, may call it.
int64_t brc_merge(Object* o, int64_t extra);

// Merges the objects other threads queued to the calling thread. Runs at
// switch points when kBreakBrcMerge is set.
void brc_merge_pending();
// Called by a thread about to end (holding the GIL while there is one):
// merges its queue and unregisters it. Objects it still owns stay valid;
// from now on every thread, this one included, counts them through the
// shared field. A thread that ends without calling it (the main thread at
// process exit) leaves its queue unmerged.
void brc_thread_exit();

#else

inline void brc_merge_pending() {}
inline void brc_thread_exit() {}

#endif

}  // namespace gp
