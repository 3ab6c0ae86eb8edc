// Frame allocation: a per-thread chunked bump allocator for call frames.
//
// Calls and returns are strictly LIFO, so a frame is carved from the top of
// the current chunk and released by moving the top back. When a chunk is
// full a new one is linked in front of it; when its first frame is popped,
// the chunk is kept as a spare (one only) so a call sequence oscillating at a
// chunk boundary does not allocate on every call. Generator frames use the
// same layout from the heap.
#include "interp/frame.h"

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

constexpr size_t kChunkSize = 256 * 1024;

struct Chunk {
  Chunk* prev;
  char* saved_top;  // the top of `prev` when this chunk was entered
  size_t size;      // usable bytes after the header
  char* data() { return reinterpret_cast<char*>(this + 1); }
};

struct DataStack {
  char* top = nullptr;
  char* limit = nullptr;
  Chunk* chunk = nullptr;
  Chunk* spare = nullptr;
  void release() {
    gp_free(spare);
    spare = nullptr;
    while (chunk) {
      Chunk* prev = chunk->prev;
      gp_free(chunk);
      chunk = prev;
    }
  }
  ~DataStack() { release(); }
};

thread_local DataStack t_stack;

}  // namespace

void frame_stack_release() { t_stack.release(); }

namespace {

size_t frame_bytes(const Code* code) {
  size_t bytes = sizeof(Frame) + (code->nlocalsplus() + code->stacksize) * sizeof(Value);
  return (bytes + 15) & ~size_t(15);
}

GP_NOINLINE char* grow_stack(size_t bytes) {
  DataStack& s = t_stack;
  Chunk* c = nullptr;
  if (s.spare && s.spare->size >= bytes) {
    c = s.spare;
    s.spare = nullptr;
  } else {
    size_t size = bytes > kChunkSize ? bytes : kChunkSize;
    c = static_cast<Chunk*>(gp_malloc(sizeof(Chunk) + size));
    if (!c) return raise(&Exc_MemoryError, "cannot allocate frame"), nullptr;
    c->size = size;
  }
  c->prev = s.chunk;
  c->saved_top = s.top;
  s.chunk = c;
  s.top = c->data() + bytes;
  s.limit = c->data() + c->size;
  return c->data();
}

void init_frame(Frame* f, Code* code, Object* func, Value globals, Value builtins, Value locals,
                bool on_heap) {
  f->code = code;
  f->func = func;
  if (func) incref_obj(func);
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->previous = nullptr;
  f->instr = code->code.data();
  f->gen = nullptr;
  f->state = FrameState::Created;
  f->is_entry = false;
  f->on_heap = on_heap;
  f->owns_locals = false;
  Value* lp = f->localsplus();
  for (uint32_t i = 0, n = code->nlocalsplus(); i < n; ++i) lp[i] = Value();
  f->sp = lp + code->nlocalsplus();
}

}  // namespace

Frame* frame_push(Code* code, Object* func, Value globals, Value builtins, Value locals) {
  size_t bytes = frame_bytes(code);
  DataStack& s = t_stack;
  char* mem;
  if (GP_LIKELY(s.top && size_t(s.limit - s.top) >= bytes)) {
    mem = s.top;
    s.top += bytes;
  } else {
    mem = grow_stack(bytes);
    if (!mem) return nullptr;
  }
  Frame* f = reinterpret_cast<Frame*>(mem);
  init_frame(f, code, func, globals, builtins, locals, false);
  return f;
}

Frame* frame_new_heap(Code* code, Object* func, Value globals, Value builtins) {
  Frame* f = static_cast<Frame*>(gp_malloc(frame_bytes(code)));
  if (!f) return raise(&Exc_MemoryError, "cannot allocate frame");
  init_frame(f, code, func, globals, builtins, Value(), true);
  return f;
}

void frame_clear(Frame* f) {
  Value* lp = f->localsplus();
  Value* end = f->sp;
  for (Value* p = lp; p < end; ++p) {
    Value v = *p;
    *p = Value();
    decref(v);
  }
  f->sp = lp + f->code->nlocalsplus();
  if (GP_UNLIKELY(f->owns_locals)) {
    decref(f->locals);
    f->locals = Value();
    f->owns_locals = false;
  }
  if (Object* fn = f->func) {
    f->func = nullptr;
    decref_obj(fn);
  }
}

void frame_release(Frame* f) {
  frame_clear(f);
  if (f->on_heap) {
    gp_free(f);
    return;
  }
  DataStack& s = t_stack;
  char* mem = reinterpret_cast<char*>(f);
  if (mem != s.chunk->data()) {
    s.top = mem;
    return;
  }
  Chunk* c = s.chunk;
  s.chunk = c->prev;
  s.top = c->saved_top;
  s.limit = s.chunk ? s.chunk->data() + s.chunk->size : nullptr;
  gp_free(s.spare);
  s.spare = c;
}

Ref frame_locals(Frame* f) {
  if (f->locals && !f->owns_locals) return Ref::dup(f->locals);
  Ref fresh;  // for a frame with neither a mapping nor fast locals to keep
  if (!f->locals) {
    fresh = new_dict();
    if (!fresh) return nullptr;
    if (f->code->flags & kCoOptimized) {
      f->locals = fresh.release();
      f->owns_locals = true;
    }
  }
  Value d = fresh ? Value(fresh) : f->locals;
  Value* lp = f->localsplus();
  Tuple* names = f->code->localsplus_names.as<Tuple>();
  for (uint32_t i = 0, n = f->code->nlocalsplus(); i < n; ++i) {
    Value v = lp[i];
    if (v && type_of(v) == &CellType) v = v.as<Cell>()->ref;
    if (v) {
      if (dict_set(d, names->items[i], v) < 0) return nullptr;
    } else if (dict_get(d, names->items[i])) {
      if (dict_del(d, names->items[i]) < 0) return nullptr;
    } else if (err_occurred()) {
      return nullptr;
    }
  }
  return fresh ? std::move(fresh) : Ref::dup(d);
}

Value builtins_for_globals(Value globals) {
  static Str* const kBuiltins = intern("__builtins__");
  Value b = dict_get_str(globals, kBuiltins);
  if (b) {
    if (is_dict(b)) return b;
    if (type_of(b) == &ModuleType) return module_dict(b);
  }
  return builtins_dict();
}

}  // namespace gp
