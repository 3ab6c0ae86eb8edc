// Freeing objects without unbounded C recursion (CPython's "trashcan").
//
// Dropping the last reference to a container drops its items, which may free
// more containers: a list nested a million deep would recurse a million C
// frames and overflow the stack. Past a fixed nesting depth, objects whose
// count reached zero are queued instead of freed, threaded through their own
// (now unused) refcount word, and the outermost dealloc frees the queue.
#include "runtime/type.h"

namespace gp {

namespace {

constexpr int kMaxDeallocDepth = 1000;

thread_local int dealloc_depth = 0;
thread_local Object* deferred = nullptr;

void free_now(Object* o) {
  ++dealloc_depth;
  if (o->type->dealloc) {
    o->type->dealloc(o);
  } else {
    gp_free(o);
  }
  --dealloc_depth;
}

}  // namespace

void dealloc_object(Object* o) {
  if (GP_UNLIKELY(dealloc_depth >= kMaxDeallocDepth)) {
    set_dealloc_link(o, deferred);
    deferred = o;
    return;
  }
  free_now(o);
  if (GP_UNLIKELY(dealloc_depth == 0 && deferred)) {
    while (Object* d = deferred) {
      deferred = dealloc_link(d);
      free_now(d);
    }
  }
}

}  // namespace gp
