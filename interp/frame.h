// Frames: the activation record the eval loop runs.
//
// A frame is a header followed by "localsplus" (the code's fast locals,
// cells and free variables) and then the value stack, all in one block so an
// ordinary call costs one bump of a pointer: frames of plain calls live on a
// per-thread chunked stack (the "data stack", CPython 3.11's design) and are
// released in LIFO order. Generator frames must outlive the call that made
// them, so they are allocated on the heap with the same layout and owned by
// their generator.
//
// Ownership: a frame owns its function (which keeps code, globals and
// builtins alive), every value in localsplus and every value on its stack.
// Frames run by eval_code have no function; their code, globals and locals
// are borrowed from the caller of eval_code, which outlives them.
#pragma once

#include <cstdint>

#include "interp/code.h"

namespace gp {

struct ThreadState;

enum class FrameState : uint8_t { Created, Suspended, Executing, Completed };

struct Frame {
  Code* code;
  Object* func;    // owned Function, or null for eval_code frames
  Value globals;   // borrowed (from func or the eval_code caller)
  Value builtins;  // borrowed
  // Borrowed mapping for LOAD_NAME & co. In functions (kCoOptimized code)
  // it is null until locals() is first called, then the dict locals() keeps
  // returning (owned, see owns_locals), so names exec() adds to it stay
  // visible, as in CPython.
  Value locals;
  Frame* previous;     // caller, while running
  const Instr* instr;  // next instruction (saved while not running)
  Value* sp;           // stack top (saved while not running)
  Object* gen;         // owning generator (borrowed), or null
  FrameState state;
  bool is_entry;  // returning from it leaves the eval loop
  bool on_heap;
  bool owns_locals;  // locals is the frame's own locals() dict

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + code->nlocalsplus(); }
  // Index of the instruction being executed (or that last ran).
  uint32_t lasti() const {
    return instr > code->code.data() ? uint32_t(instr - code->code.data() - 1) : 0;
  }
};

// A frame for `code` on this thread's data stack, with localsplus nulled
// and an empty value stack; `func` is increfed when non-null. Null after
// raising MemoryError.
Frame* frame_push(Code* code, Object* func, Value globals, Value builtins, Value locals);
// A frame of the same layout on the heap, for generators.
Frame* frame_new_heap(Code* code, Object* func, Value globals, Value builtins);
// Drops everything the frame owns (locals, stack, function) without
// freeing its memory.
void frame_clear(Frame* f);
// Clears and releases a frame: pops it off the data stack (it must be the
// innermost one) or frees it from the heap.
void frame_release(Frame* f);
// Frees the calling thread's frame stack (at thread exit, with no frame
// left on it).
void frame_stack_release();

// Resumes a generator frame (eval.cpp): pushes `sent` and continues, or,
// when `throwing`, raises the current exception at the suspension point.
// On return f->state tells whether the frame suspended (the result is the
// yielded value) or completed (the return value, or null on error).
Ref eval_frame_resume(Frame* f, Value sent, bool throwing);

// locals() of a frame: its locals mapping when it has one (module and
// class bodies), else the frame's own dict refreshed from the fast locals
// (bound ones set, with cells read through; unbound ones removed).
Ref frame_locals(Frame* f);

// The builtins namespace for code running with `globals`: globals
// ['__builtins__'] when it is a dict or module, else the builtins module's.
Value builtins_for_globals(Value globals);

}  // namespace gp
