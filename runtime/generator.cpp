// generator, coroutine and coroutine_wrapper types.
//
// gen_send/gen_throw are the engine: they guard against re-entry, swap the
// generator's own handled exception in and out of the thread state (so
// sys.exc_info() inside the body survives a yield and does not leak to the
// caller), run the frame, and free it as soon as it completes. A frame that
// suspends at SEND is in a `yield from`/`await`: throw() and close() are
// first passed to that subiterator, which sits on top of the frame's stack.
// A StopIteration escaping the body becomes RuntimeError (PEP 479).
#include "runtime/generator.h"

#include "interp/frame.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type GeneratorType;
Type CoroutineType;
Type CoroutineWrapperType;

namespace {

Generator* gen_of(Value v) { return v.as<Generator>(); }
bool is_coro(const Generator* g) { return g->type == &CoroutineType; }
const char* kind_of(const Generator* g) { return is_coro(g) ? "coroutine" : "generator"; }

void finish(Generator* g) {
  if (Frame* f = g->frame) {
    g->frame = nullptr;
    frame_release(f);
  }
}

// PEP 479: StopIteration must not silently end the generator.
void convert_stop_iteration(Generator* g) {
  if (!err_matches(&Exc_StopIteration)) return;
  Ref stop = err_fetch();
  raise(&Exc_RuntimeError, "%s raised StopIteration", kind_of(g));
  Ref rt = err_fetch();
  auto* e = rt.as<ExceptionObject>();
  e->cause = stop.dup();
  e->context = std::move(stop);
  e->suppress_context = true;
  err_restore(std::move(rt));
}

GenStatus resume(Generator* g, Value v, bool throwing, Ref* out) {
  if (g->running) {
    raise(&Exc_ValueError, "%s already executing", kind_of(g));
    return GenStatus::Error;
  }
  Frame* f = g->frame;
  if (!f) {
    if (throwing) return GenStatus::Error;
    if (is_coro(g)) {
      raise(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
      return GenStatus::Error;
    }
    *out = none_ref();
    return GenStatus::Return;
  }
  if (f->state == FrameState::Created && !throwing && !is_none(v)) {
    raise(&Exc_TypeError, "can't send non-None value to a just-started %s", kind_of(g));
    return GenStatus::Error;
  }
  ThreadState* ts = tstate();
  Value outer = ts->handled_exception;
  Ref saved = std::move(ts->handled_exception);
  if (g->exc_state) {
    ts->handled_exception = std::move(g->exc_state);
  } else {
    ts->handled_exception = saved.dup();
  }
  g->running = true;
  Ref r = eval_frame_resume(f, v, throwing);
  g->running = false;
  if (!ts->handled_exception.get().is(outer)) g->exc_state = std::move(ts->handled_exception);
  ts->handled_exception = std::move(saved);
  if (f->state != FrameState::Completed) {
    *out = std::move(r);
    return GenStatus::Yield;
  }
  finish(g);
  if (!r) {
    convert_stop_iteration(g);
    return GenStatus::Error;
  }
  *out = std::move(r);
  return GenStatus::Return;
}

// The subiterator of a frame suspended in `yield from`/`await`, or null.
Value delegate_of(Generator* g) {
  Frame* f = g->frame;
  if (!f || f->state != FrameState::Suspended) return Value();
  if (instr_op(*f->instr) != Opcode::SEND) return Value();
  return f->sp[-1];
}

// Pops the subiterator off the stack of a frame suspended at SEND.
void drop_delegate(Frame* f) { decref(*--f->sp); }

// The subiterator finished during a delegated throw: drop it, step past the
// SEND to its exit target and resume the frame with the result.
GenStatus leave_delegation(Generator* g, Ref result, Ref* out) {
  Frame* f = g->frame;
  drop_delegate(f);
  f->instr = f->code->code.data() + instr_arg(*f->instr);
  return resume(g, result, false, out);
}

int close_iter(Value it) {
  if (is_generator_like(it)) return gen_close(gen_of(it));
  Ref meth = getattr_opt(it, Value(intern("close")));
  if (!meth) return err_occurred() ? -1 : 0;
  Ref r = call0(meth);
  return r ? 0 : -1;
}

GenStatus throw_impl(Generator* g, bool close_on_exit, Ref* out) {
  Value sub = delegate_of(g);
  if (sub && !g->running) {
    Ref sub_ref = Ref::dup(sub);
    if (close_on_exit && err_matches(&Exc_GeneratorExit)) {
      Ref exc = err_fetch();
      g->running = true;
      int err = close_iter(sub_ref);
      g->running = false;
      // A failing close() replaces the GeneratorExit.
      if (err == 0) err_restore(std::move(exc));
      return resume(g, None(), true, out);
    }
    GenStatus st;
    Ref r;
    if (is_generator_like(sub_ref)) {
      g->running = true;
      st = throw_impl(gen_of(sub_ref), close_on_exit, &r);
      g->running = false;
    } else {
      Ref exc = err_fetch();
      Ref meth = getattr_opt(sub_ref, Value(intern("throw")));
      if (!meth) {
        if (err_occurred()) return GenStatus::Error;
        err_restore(std::move(exc));
        return resume(g, None(), true, out);
      }
      g->running = true;
      r = call1(meth, exc);
      g->running = false;
      st = r ? GenStatus::Yield : GenStatus::Error;
      if (!r && err_matches(&Exc_StopIteration)) {
        Ref stop = err_fetch();
        r = stop_iteration_value(stop);
        if (!r) return GenStatus::Error;
        st = GenStatus::Return;
      }
    }
    switch (st) {
      case GenStatus::Yield:
        *out = std::move(r);
        return GenStatus::Yield;
      case GenStatus::Return:
        return leave_delegation(g, std::move(r), out);
      case GenStatus::Error: {
        // Drop the subiterator and raise at the SEND, as if it had failed.
        drop_delegate(g->frame);
        return resume(g, None(), true, out);
      }
    }
  }
  return resume(g, None(), true, out);
}

// --- Python-level methods ---

Ref raise_stop(Ref value) {
  if (!value || is_none(value)) return raise_value(Value(&Exc_StopIteration));
  Ref exc = new_stop_iteration(value);
  if (!exc) return nullptr;
  err_restore(std::move(exc));
  return nullptr;
}

Ref gen_iternext(Value self) {
  Generator* g = gen_of(self);
  Ref out;
  switch (gen_send(g, None(), &out)) {
    case GenStatus::Yield:
      return out;
    case GenStatus::Return:
      if (!is_none(out)) g->return_value = std::move(out);
      return nullptr;
    case GenStatus::Error:
      return nullptr;
  }
  return nullptr;
}

Ref gen_next_method(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__next__", kwnames) || !check_nargs("__next__", nargs, 0, 0)) return nullptr;
  Ref r = gen_iternext(self);
  if (r || err_occurred()) return r;
  return raise_stop(std::move(gen_of(self)->return_value));
}

// send() and throw() give the next yielded value; a return raises
// StopIteration carrying the value.
Ref step_result(GenStatus st, Ref out) {
  switch (st) {
    case GenStatus::Yield:
      return out;
    case GenStatus::Return:
      return raise_stop(std::move(out));
    case GenStatus::Error:
      return nullptr;
  }
  return nullptr;
}

Ref gen_send_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("send", kwnames) || !check_nargs("send", nargs, 1, 1)) return nullptr;
  Ref out;
  GenStatus st = gen_send(gen_of(self), args[0], &out);
  return step_result(st, std::move(out));
}

// Builds the exception for throw(typ[, val[, tb]]) and makes it current.
bool set_thrown(Value typ, Value val, Value tb) {
  if (tb && !is_none(tb) && type_of(tb) != &TracebackType) {
    raise(&Exc_TypeError, "throw() third argument must be a traceback object");
    return false;
  }
  Ref exc;
  if (has_flag(typ, kTpTypeSubclass) && type_is_subtype(typ.as<Type>(), &Exc_BaseException)) {
    if (val && !is_none(val) && isinstance_type(val, typ.as<Type>())) {
      exc = Ref::dup(val);
    } else if (val && is_tuple(val)) {
      exc = call_tuple_dict(typ, val, Value());
    } else if (val && !is_none(val)) {
      exc = call1(typ, val);
    } else {
      exc = call0(typ);
    }
    if (!exc) return false;
  } else if (has_flag(typ, kTpExcSubclass)) {
    if (val && !is_none(val)) {
      raise(&Exc_TypeError, "instance exception may not have a separate value");
      return false;
    }
    exc = Ref::dup(typ);
  } else {
    raise(&Exc_TypeError,
          "exceptions must be classes or instances deriving from BaseException, not %s",
          type_name(typ));
    return false;
  }
  if (tb && !is_none(tb)) exc.as<ExceptionObject>()->traceback = Ref::dup(tb);
  err_restore(std::move(exc));
  return true;
}

Ref gen_throw_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("throw", kwnames) || !check_nargs("throw", nargs, 1, 3)) return nullptr;
  if (!set_thrown(args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value())) {
    return nullptr;
  }
  Ref out;
  GenStatus st = gen_throw(gen_of(self), &out);
  return step_result(st, std::move(out));
}

Ref gen_close_method(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("close", kwnames) || !check_nargs("close", nargs, 0, 0)) return nullptr;
  if (gen_close(gen_of(self)) < 0) return nullptr;
  return none_ref();
}

Ref gen_iter(Value self) { return Ref::dup(self); }

Ref gen_repr(Value self) {
  Generator* g = gen_of(self);
  return str_printf("<%s object %s at %p>", kind_of(g), g->qualname.as<Str>()->data,
                    static_cast<void*>(self.obj()));
}

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && g->frame->state == FrameState::Suspended) {
    // Closing runs Python code that may take new references: keep the object
    // alive meanwhile and give up on freeing it if it was resurrected.
    resurrect_start(g);
    Ref saved = err_fetch();
    if (gen_close(g) < 0) err_clear();
    err_restore(std::move(saved));
    if (resurrect_end(g)) return;
  }
  finish(g);
  destroy_object<Generator>(o);
}

Ref gen_get_name(Value self) { return gen_of(self)->name.dup(); }
Ref gen_get_qualname(Value self) { return gen_of(self)->qualname.dup(); }
Ref gen_get_code(Value self) { return gen_of(self)->code.dup(); }
Ref gen_get_running(Value self) { return bool_ref(gen_of(self)->running); }
Ref gen_get_suspended(Value self) {
  Frame* f = gen_of(self)->frame;
  return bool_ref(f && f->state == FrameState::Suspended);
}
Ref gen_get_frame(Value self) {
  // Frames are not Python objects yet: report only whether one is alive.
  Generator* g = gen_of(self);
  if (!g->frame) return none_ref();
  return Ref::dup(self);
}
Ref gen_get_yieldfrom(Value self) {
  Value sub = delegate_of(gen_of(self));
  return sub ? Ref::dup(sub) : none_ref();
}

const MethodDef kGenMethods[] = {
    {"__next__", gen_next_method}, {"send", gen_send_method}, {"throw", gen_throw_method},
    {"close", gen_close_method},   {nullptr, nullptr},
};

const GetSetDef kGenGetSet[] = {
    {"__name__", gen_get_name, nullptr},          {"__qualname__", gen_get_qualname, nullptr},
    {"gi_code", gen_get_code, nullptr},           {"gi_running", gen_get_running, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr}, {"gi_frame", gen_get_frame, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr}, {nullptr, nullptr, nullptr},
};

const GetSetDef kCoroGetSet[] = {
    {"__name__", gen_get_name, nullptr},          {"__qualname__", gen_get_qualname, nullptr},
    {"cr_code", gen_get_code, nullptr},           {"cr_running", gen_get_running, nullptr},
    {"cr_suspended", gen_get_suspended, nullptr}, {"cr_frame", gen_get_frame, nullptr},
    {"cr_await", gen_get_yieldfrom, nullptr},     {nullptr, nullptr, nullptr},
};

// coro.__await__() returns this iterator over the coroutine's yields.
struct CoroWrapper : Object {
  Ref coro;
};

Ref coro_await(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("__await__", kwnames) || !check_nargs("__await__", nargs, 0, 0)) {
    return nullptr;
  }
  CoroWrapper* w = alloc_object<CoroWrapper>(&CoroutineWrapperType);
  if (!w) return nullptr;
  w->coro = Ref::dup(self);
  return Ref::steal(w);
}

const MethodDef kCoroMethodsWithAwait[] = {
    {"send", gen_send_method}, {"throw", gen_throw_method}, {"close", gen_close_method},
    {"__await__", coro_await}, {nullptr, nullptr},
};

Value wrapped(Value self) { return self.as<CoroWrapper>()->coro; }
Ref wrapper_iternext(Value self) { return gen_iternext(wrapped(self)); }
Ref wrapper_next(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_next_method(wrapped(self), args, nargs, kwnames);
}
Ref wrapper_send(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_send_method(wrapped(self), args, nargs, kwnames);
}
Ref wrapper_throw(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_throw_method(wrapped(self), args, nargs, kwnames);
}
Ref wrapper_close(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_close_method(wrapped(self), args, nargs, kwnames);
}

const MethodDef kWrapperMethods[] = {
    {"__next__", wrapper_next}, {"send", wrapper_send}, {"throw", wrapper_throw},
    {"close", wrapper_close},   {nullptr, nullptr},
};

TypeRegistrar gen_reg(&GeneratorType, [](Type& t) {
  t.name = "generator";
  t.basicsize = sizeof(Generator);
  t.dealloc = gen_dealloc;
  t.repr = gen_repr;
  t.iter = gen_iter;
  t.iternext = gen_iternext;
  t.methods = kGenMethods;
  t.getset = kGenGetSet;
});

TypeRegistrar coro_reg(&CoroutineType, [](Type& t) {
  t.name = "coroutine";
  t.basicsize = sizeof(Generator);
  t.dealloc = gen_dealloc;
  t.repr = gen_repr;
  t.methods = kCoroMethodsWithAwait;
  t.getset = kCoroGetSet;
});

TypeRegistrar wrapper_reg(&CoroutineWrapperType, [](Type& t) {
  t.name = "coroutine_wrapper";
  t.basicsize = sizeof(CoroWrapper);
  t.dealloc = destroy_object<CoroWrapper>;
  t.iter = gen_iter;
  t.iternext = wrapper_iternext;
  t.methods = kWrapperMethods;
});

}  // namespace

Ref new_generator(Frame* frame, Value func) {
  Type* t = (frame->code->flags & kCoCoroutine) ? &CoroutineType : &GeneratorType;
  Generator* g = alloc_object<Generator>(t);
  if (!g) {
    frame_release(frame);
    return nullptr;
  }
  Function* fn = func.as<Function>();
  g->frame = frame;
  frame->gen = g;
  g->code = fn->code.dup();
  g->name = fn->name.dup();
  g->qualname = fn->qualname.dup();
  return Ref::steal(g);
}

GenStatus gen_send(Generator* g, Value v, Ref* out) { return resume(g, v, false, out); }

GenStatus gen_throw(Generator* g, Ref* out) { return throw_impl(g, true, out); }

int gen_close(Generator* g) {
  Frame* f = g->frame;
  if (!f) return 0;
  if (f->state == FrameState::Created) {
    finish(g);
    return 0;
  }
  raise_value(Value(&Exc_GeneratorExit));
  Ref out;
  switch (gen_throw(g, &out)) {
    case GenStatus::Yield:
      raise(&Exc_RuntimeError, "%s ignored GeneratorExit", kind_of(g));
      return -1;
    case GenStatus::Return:
      return 0;
    case GenStatus::Error:
      if (err_matches(&Exc_GeneratorExit) || err_matches(&Exc_StopIteration)) {
        err_clear();
        return 0;
      }
      return -1;
  }
  return 0;
}

std::nullptr_t raise_stop_iteration_for(Value it) {
  Ref value;
  if (it.is_obj() && it.obj()->type == &GeneratorType) value = std::move(gen_of(it)->return_value);
  raise_stop(std::move(value));
  return nullptr;
}

Ref new_stop_iteration(Value value) {
  Ref args = new_tuple({value});
  if (!args) return nullptr;
  return new_exception(&Exc_StopIteration, args);
}

Ref stop_iteration_value(Value exc) {
  static Str* const kValue = intern("value");
  Ref v = getattr_opt(exc, Value(kValue));
  if (v || err_occurred()) return v;
  Value args = exc.as<ExceptionObject>()->args;
  if (args && is_tuple(args) && args.as<Tuple>()->size > 0) {
    return Ref::dup(args.as<Tuple>()->items[0]);
  }
  return none_ref();
}

}  // namespace gp
