// Heap allocation for objects and their buffers: mimalloc, which is
// thread-safe and fast, and what CPython's free-threaded build uses too.
// An allocation failure raises MemoryError so callers only check for null.
#include <mimalloc.h>

#include "runtime/error.h"
#include "runtime/exception.h"

namespace gp {

void* gp_malloc(size_t size) {
  void* p = mi_malloc(size);
  if (GP_UNLIKELY(!p)) raise(&Exc_MemoryError, "out of memory");
  return p;
}

void* gp_realloc(void* p, size_t size) {
  void* q = mi_realloc(p, size);
  if (GP_UNLIKELY(!q)) raise(&Exc_MemoryError, "out of memory");
  return q;
}

void gp_free(void* p) { mi_free(p); }

}  // namespace gp
