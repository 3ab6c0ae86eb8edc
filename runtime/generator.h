// Generators and coroutines: suspended frames driven by next/send/throw.
//
// Calling a function whose code has kCoGenerator (or kCoCoroutine) does not
// run its body: it binds the arguments into a heap frame and wraps it in a
// Generator (a "coroutine" object for async defs, same layout). Each resume
// runs the eval loop on that frame until YIELD_VALUE suspends it or it
// returns. The loop-facing entry points report the outcome as a status
// rather than as StopIteration, so `for` loops and `yield from` never create
// exception objects; only the Python-level methods (__next__, send, throw)
// raise StopIteration(value).
#pragma once

#include <cstddef>

#include "runtime/type.h"

namespace gp {

struct Frame;

extern Type GeneratorType;         // "generator"
extern Type CoroutineType;         // "coroutine"
extern Type CoroutineWrapperType;  // "coroutine_wrapper" (coro.__await__())

struct Generator : Object {
  Frame* frame;      // owned heap frame; null once finished
  Ref code;          // gi_code
  Ref name;          // str
  Ref qualname;      // str
  Ref return_value;  // the body's return value, until someone takes it
  Ref exc_state;     // exception being handled in the body while suspended
  bool running;
};

inline bool is_generator_like(Value v) {
  return v.is_obj() && (v.obj()->type == &GeneratorType || v.obj()->type == &CoroutineType);
}

enum class GenStatus { Yield, Return, Error };

// Wraps `frame` (owned from now on) into a generator or coroutine, by the
// code's flags, named after `func` (a Function).
Ref new_generator(Frame* frame, Value func);
// Resumes with `v` (None for next()); `*out` receives the yielded value or
// the return value. Error means an exception is set.
GenStatus gen_send(Generator* g, Value v, Ref* out);
// Throws the current exception (tstate) into the generator, delegating to
// a `yield from` subiterator first, as gen.throw() does.
GenStatus gen_throw(Generator* g, Ref* out);
// gen.close(): 0, or -1 with an exception set.
int gen_close(Generator* g);

// For next(it) when iter_next(it) returned null without an error: raises
// StopIteration, carrying the return value when `it` is a generator that
// just returned one.
std::nullptr_t raise_stop_iteration_for(Value it);

// StopIteration(value), and the value carried by a StopIteration instance.
Ref new_stop_iteration(Value value);
Ref stop_iteration_value(Value exc);

}  // namespace gp
