// The bytecode interpreter.
//
// One function, run(), executes frames with computed-goto dispatch (a label
// per opcode, the table generated from opcodes.def). Python-to-Python calls
// do not recurse on the C stack: CALL binds the arguments into a new frame
// on the thread's data stack (frame.cpp) and continues the same loop in it;
// RETURN_VALUE pops back to the caller. Only frames entered from C++ (a
// native caller, eval_code, a generator resume) are "entry" frames whose
// return leaves run(). Recursion depth counts every frame either way.
//
// Stack slots hold owned references (or null markers from PUSH_NULL and
// LOAD_METHOD). An opcode that fails jumps to `error`, which records a
// traceback entry, chains the exception to the one being handled, and looks
// up the code's exception table; with no handler the frame is dropped and
// the error continues in the caller frame.
//
// Hot paths avoid the generic protocols when the operands are small ints,
// floats, strs, lists, tuples or dicts; everything else goes through
// abstract.h so the semantics live in one place.
#include "interp/eval.h"

#include <cstdio>
#include <cstring>
#include <vector>

#include "interp/eval_breaker.h"
#include "interp/frame.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/builtin_function.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

constexpr uint32_t kGenFlags = kCoGenerator | kCoCoroutine | kCoAsyncGenerator;

enum class Entry { Start, Resume, Throw };

const char* cstr(Value s) { return s.as<Str>()->data; }
Tuple* as_tuple(Value v) { return v.as<Tuple>(); }

// --- recursion accounting: one level per running frame ---

GP_INLINE bool enter_frame(ThreadState* ts) {
  if (GP_UNLIKELY(ts->recursion_depth >= ts->recursion_limit)) {
    raise(&Exc_RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  ++ts->recursion_depth;
  return true;
}

GP_INLINE void unlink_frame(ThreadState* ts, Frame* f) {
  ts->frame = f->previous;
  --ts->recursion_depth;
}

// A generator's frame stops at a yield: it keeps its state for the resume
// at `resume_at` and leaves the thread's chain.
GP_INLINE void suspend_frame(ThreadState* ts, Frame* f, const Instr* resume_at, Value* sp) {
  f->instr = resume_at;
  f->sp = sp;
  f->state = FrameState::Suspended;
  unlink_frame(ts, f);
}

// Takes the finished frame `f` (its sp saved) off the chain. Returns the
// caller to continue in, or null when `f` was entered from C++ and run()
// must return; a generator keeps its (cleared) frame.
GP_INLINE Frame* pop_frame(ThreadState* ts, Frame* f) {
  unlink_frame(ts, f);
  if (f->is_entry) {
    if (f->gen) {
      f->state = FrameState::Completed;
      frame_clear(f);
    } else {
      frame_release(f);
    }
    return nullptr;
  }
  Frame* caller = f->previous;
  frame_release(f);
  return caller;
}

// --- argument binding ---

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'": CPython's list of names.
std::string join_names(const std::vector<const char*>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == names.size()) out += "and ";
    out += '\'';
    out += names[i];
    out += '\'';
  }
  return out;
}

GP_NOINLINE void missing_arguments(Function* fn, Code* co, Value* lp, size_t start, size_t end,
                                   const char* kind) {
  std::vector<const char*> names;
  Tuple* varnames = as_tuple(co->localsplus_names);
  for (size_t i = start; i < end; ++i) {
    if (!lp[i]) names.push_back(cstr(varnames->items[i]));
  }
  raise(&Exc_TypeError, "%s() missing %zu required %s argument%s: %s", cstr(fn->qualname),
        names.size(), kind, names.size() == 1 ? "" : "s", join_names(names).c_str());
}

GP_NOINLINE void too_many_positional(Function* fn, Code* co, Value* lp, size_t given) {
  size_t defcount = fn->defaults ? as_tuple(fn->defaults)->size : 0;
  size_t kwonly_given = 0;
  for (size_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i) {
    if (lp[i]) ++kwonly_given;
  }
  char sig[64];
  bool plural;
  if (defcount) {
    plural = true;
    std::snprintf(sig, sizeof sig, "from %zu to %u", size_t(co->argcount) - defcount, co->argcount);
  } else {
    plural = co->argcount != 1;
    std::snprintf(sig, sizeof sig, "%u", co->argcount);
  }
  char kwonly_sig[96] = "";
  if (kwonly_given) {
    std::snprintf(kwonly_sig, sizeof kwonly_sig,
                  " positional argument%s (and %zu keyword-only argument%s)", given != 1 ? "s" : "",
                  kwonly_given, kwonly_given != 1 ? "s" : "");
  }
  raise(&Exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
        cstr(fn->qualname), sig, plural ? "s" : "", given, kwonly_sig,
        given == 1 && !kwonly_given ? "was" : "were");
}

// Index of parameter `name` among [start, end) of the code's varnames, or -1.
ptrdiff_t find_param(Code* co, Value name, size_t start, size_t end) {
  Tuple* varnames = as_tuple(co->localsplus_names);
  for (size_t i = start; i < end; ++i) {
    if (varnames->items[i].is(name)) return ptrdiff_t(i);
  }
  for (size_t i = start; i < end; ++i) {
    if (str_eq(varnames->items[i].as<Str>(), name.as<Str>())) return ptrdiff_t(i);
  }
  return -1;
}

GP_NOINLINE void posonly_as_keyword(Function* fn, Code* co, Value kwnames) {
  std::vector<const char*> names;
  Tuple* kw = as_tuple(kwnames);
  for (size_t k = 0; k < kw->size; ++k) {
    if (find_param(co, kw->items[k], 0, co->posonlyargcount) >= 0) {
      names.push_back(cstr(kw->items[k]));
    }
  }
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) list += ", ";
    list += '\'';
    list += names[i];
    list += '\'';
  }
  raise(&Exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: %s",
        cstr(fn->qualname), list.c_str());
}

// Binds a call's arguments into the frame's parameters the way CPython's
// initialize_locals does, including its error messages and their order.
// When `steal`, the argument references are owned and always consumed
// (moved into the frame or dropped); otherwise they are borrowed.
bool bind_args(Frame* f, Function* fn, Code* co, Value* args, size_t nargs, Value kwnames,
               bool steal) {
  Value* lp = f->localsplus();
  size_t argcount = co->argcount;
  size_t total = argcount + co->kwonlyargcount;
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  bool ok = false;
  auto take = [&](size_t i) {
    Value v = args[i];
    if (steal) {
      args[i] = Value();
    } else {
      incref(v);
    }
    return v;
  };
  Value kwdict;
  size_t n = nargs < argcount ? nargs : argcount;
  if (co->flags & kCoVarkeywords) {
    Ref d = new_dict();
    if (!d) goto done;
    kwdict = d;
    lp[total + ((co->flags & kCoVarargs) ? 1 : 0)] = d.release();
  }
  for (size_t i = 0; i < n; ++i) lp[i] = take(i);
  if (co->flags & kCoVarargs) {
    Tuple* t = tuple_alloc(nargs - n);
    if (!t) goto done;
    for (size_t i = n; i < nargs; ++i) t->items[i - n] = take(i);
    lp[total] = Value(t);
  }
  for (size_t k = 0; k < nkw; ++k) {
    Value name = as_tuple(kwnames)->items[k];
    if (!is_str(name)) {
      raise(&Exc_TypeError, "%s() keywords must be strings", cstr(fn->qualname));
      goto done;
    }
    ptrdiff_t j = find_param(co, name, co->posonlyargcount, total);
    if (j < 0) {
      if (!kwdict) {
        if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
          posonly_as_keyword(fn, co, kwnames);
        } else {
          raise(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'", cstr(fn->qualname),
                cstr(name));
        }
        goto done;
      }
      if (dict_set(kwdict, name, args[nargs + k]) < 0) goto done;
      continue;
    }
    if (lp[j]) {
      raise(&Exc_TypeError, "%s() got multiple values for argument '%s'", cstr(fn->qualname),
            cstr(name));
      goto done;
    }
    lp[j] = take(nargs + k);
  }
  if (nargs > argcount && !(co->flags & kCoVarargs)) {
    too_many_positional(fn, co, lp, nargs);
    goto done;
  }
  if (nargs < argcount) {
    Tuple* defs = fn->defaults ? as_tuple(fn->defaults) : nullptr;
    size_t defcount = defs ? defs->size : 0;
    size_t m = argcount - defcount;
    for (size_t i = nargs; i < m; ++i) {
      if (!lp[i]) {
        missing_arguments(fn, co, lp, nargs, m, "positional");
        goto done;
      }
    }
    for (size_t i = nargs > m ? nargs - m : 0; i < defcount; ++i) {
      if (!lp[m + i]) {
        incref(defs->items[i]);
        lp[m + i] = defs->items[i];
      }
    }
  }
  if (co->kwonlyargcount) {
    Tuple* varnames = as_tuple(co->localsplus_names);
    bool missing = false;
    for (size_t i = argcount; i < total; ++i) {
      if (lp[i]) continue;
      Value d = fn->kwdefaults ? dict_get(fn->kwdefaults, varnames->items[i]) : Value();
      if (d) {
        incref(d);
        lp[i] = d;
      } else {
        if (err_occurred()) goto done;
        missing = true;
      }
    }
    if (missing) {
      missing_arguments(fn, co, lp, argcount, total, "keyword-only");
      goto done;
    }
  }
  ok = true;
done:
  if (steal) {
    for (size_t i = 0; i < nargs + nkw; ++i) decref(args[i]);
  }
  return ok;
}

// Pushes and fills the frame for calling `fn` (not a generator function).
// Consumes the argument references when `steal`. Null on error, with the
// frame already released.
Frame* push_call_frame(ThreadState* ts, Function* fn, Value* args, size_t nargs, Value kwnames,
                       bool steal) {
  Code* co = fn->code.as<Code>();
  Frame* f = nullptr;
  if (enter_frame(ts)) {
    f = frame_push(co, fn, fn->globals, fn->builtins, Value());
    if (!f) --ts->recursion_depth;
  }
  if (!f) {
    if (steal) {
      size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
      for (size_t i = 0; i < nargs + nkw; ++i) decref(args[i]);
    }
    return nullptr;
  }
  // The common shape: exactly the positional parameters, nothing else.
  if (!kwnames && nargs == co->argcount && co->kwonlyargcount == 0 &&
      !(co->flags & (kCoVarargs | kCoVarkeywords))) {
    Value* lp = f->localsplus();
    for (size_t i = 0; i < nargs; ++i) {
      if (!steal) incref(args[i]);
      lp[i] = args[i];
    }
    return f;
  }
  if (!bind_args(f, fn, co, args, nargs, kwnames, steal)) {
    frame_release(f);
    --ts->recursion_depth;
    return nullptr;
  }
  return f;
}

Ref make_generator(Function* fn, const Value* args, size_t nargs, Value kwnames) {
  Code* co = fn->code.as<Code>();
  if (co->flags & kCoAsyncGenerator) {
    return raise(&Exc_NotImplementedError, "async generators are not supported yet");
  }
  Frame* f = frame_new_heap(co, fn, fn->globals, fn->builtins);
  if (!f) return nullptr;
  if (!bind_args(f, fn, co, const_cast<Value*>(args), nargs, kwnames, false)) {
    frame_release(f);
    return nullptr;
  }
  return new_generator(f, Value(fn));
}

// --- errors and exception chaining ---

GP_NOINLINE void name_error(Value name) {
  raise(&Exc_NameError, "name '%s' is not defined", cstr(name));
  err_add_name_context(name);
}

// Deleting a name that is not bound is a NameError.
GP_NOINLINE void delete_failed(Value name) {
  if (!err_matches(&Exc_KeyError)) return;
  err_clear();
  name_error(name);
}

GP_NOINLINE void unbound_local(Code* co, uint32_t i) {
  Value name = as_tuple(co->localsplus_names)->items[i];
  if (i >= co->nlocals + co->ncells) {
    raise(&Exc_NameError,
          "cannot access free variable '%s' where it is not associated with a value in "
          "enclosing scope",
          cstr(name));
  } else {
    raise(&Exc_UnboundLocalError,
          "cannot access local variable '%s' where it is not associated with a value", cstr(name));
  }
}

ExceptionObject* exc_of(Value v) { return v.as<ExceptionObject>(); }

// Sets exc.__context__ = ctx, first cutting any link back to exc in ctx's
// chain so that chaining never builds a cycle.
void set_context(Value exc, Value ctx) {
  Value o = ctx;
  for (int steps = 0; o && steps < 10000; ++steps) {
    ExceptionObject* oe = exc_of(o);
    Value next = oe->context;
    if (next.is(exc)) {
      oe->context.reset();
      break;
    }
    o = next;
  }
  exc_of(exc)->context = Ref::dup(ctx);
}

// Implicit chaining for an error that surfaced in this frame while an
// exception is being handled: only if nothing chained it yet, since an
// exception propagating from a callee got its context where it was raised.
GP_INLINE void chain_context(ThreadState* ts) {
  Value handled = ts->handled_exception;
  if (!handled || is_none(handled)) return;
  Value exc = ts->current_exception;
  if (!exc || exc.is(handled) || exc_of(exc)->context) return;
  set_context(exc, handled);
}

bool is_exception_class(Value v) {
  return has_flag(v, kTpTypeSubclass) && type_is_subtype(v.as<Type>(), &Exc_BaseException);
}

// `raise exc [from cause]`: instantiates classes, validates, sets the cause
// and the context, and makes it the current exception. Always fails.
GP_NOINLINE void do_raise(ThreadState* ts, Value exc, Value cause) {
  Ref inst;
  if (is_exception_class(exc)) {
    inst = call0(exc);
    if (!inst) return;
    if (!has_flag(inst, kTpExcSubclass)) {
      raise(&Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
            exc.as<Type>()->name, type_name(inst));
      return;
    }
  } else if (has_flag(exc, kTpExcSubclass)) {
    inst = Ref::dup(exc);
  } else {
    raise(&Exc_TypeError, "exceptions must derive from BaseException");
    return;
  }
  if (cause) {
    Ref c;
    if (is_none(cause)) {
      c = none_ref();
    } else if (is_exception_class(cause)) {
      c = call0(cause);
      if (!c) return;
    } else if (has_flag(cause, kTpExcSubclass)) {
      c = Ref::dup(cause);
    } else {
      raise(&Exc_TypeError, "exception causes must derive from BaseException");
      return;
    }
    exc_of(inst)->cause = std::move(c);
    exc_of(inst)->suppress_context = true;
  }
  Value handled = ts->handled_exception;
  if (handled && !is_none(handled) && !handled.is(inst)) set_context(inst, handled);
  err_restore(std::move(inst));
}

const ExceptionTableEntry* find_handler(Code* co, uint32_t lasti) {
  for (const ExceptionTableEntry& e : co->exception_table) {
    if (lasti >= e.start && lasti < e.end) return &e;
  }
  return nullptr;
}

// "__main__.f()" for error messages about a callable, as CPython's
// _PyObject_FunctionStr.
std::string function_str(Value f) {
  static Str* const kQualname = intern("__qualname__");
  static Str* const kModule = intern("__module__");
  Ref q = getattr_opt(f, Value(kQualname));
  if (!q || !is_str(q)) {
    err_clear();
    return std::string(type_name(f)) + " object";
  }
  Ref m = getattr_opt(f, Value(kModule));
  err_clear();
  std::string out;
  if (m && is_str(m) && m.as<Str>()->view() != "builtins") {
    out += m.as<Str>()->view();
    out += '.';
  }
  out += q.as<Str>()->view();
  out += "()";
  return out;
}

// --- helpers for individual opcodes ---

GP_INLINE int fast_truthy(Value v) {
  if (v.is(True())) return 1;
  if (v.is(False()) || v.is(None())) return 0;
  if (v.is_small()) return v.small_value() != 0;
  return truthy(v);
}

bool is_exact_float(Value v) { return v.is_obj() && v.obj()->type == &FloatType; }

// Both operands as doubles when one is an exact float and the other an exact
// float or small int.
GP_INLINE bool float_operands(Value a, Value b, double* x, double* y) {
  if (is_exact_float(a)) {
    *x = float_value(a);
    if (is_exact_float(b)) {
      *y = float_value(b);
      return true;
    }
    if (b.is_small()) {
      *y = double(b.small_value());
      return true;
    }
    return false;
  }
  if (a.is_small() && is_exact_float(b)) {
    *x = double(a.small_value());
    *y = float_value(b);
    return true;
  }
  return false;
}

// Small-int arithmetic; false when the result leaves the small range or the
// operation needs the generic path (division by zero, shifts, powers).
GP_INLINE bool small_binop(intptr_t x, intptr_t y, uint32_t op, intptr_t* r) {
  switch (BinOp(op >= uint32_t(kInplace) ? op - kInplace : op)) {
    case BinOp::Add:
      *r = x + y;
      return Value::fits_small(*r);
    case BinOp::Sub:
      *r = x - y;
      return Value::fits_small(*r);
    case BinOp::Mul:
      return !__builtin_mul_overflow(x, y, r) && Value::fits_small(*r);
    case BinOp::FloorDiv: {
      if (y == 0) return false;
      intptr_t q = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
      *r = q;
      return Value::fits_small(q);
    }
    case BinOp::Mod: {
      if (y == 0) return false;
      intptr_t m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) m += y;
      *r = m;
      return true;
    }
    case BinOp::And:
      *r = x & y;
      return true;
    case BinOp::Or:
      *r = x | y;
      return true;
    case BinOp::Xor:
      *r = x ^ y;
      return true;
    case BinOp::RShift:
      if (y < 0) return false;
      *r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
      return true;
    default:
      return false;
  }
}

GP_INLINE bool float_binop(double x, double y, uint32_t op, double* r) {
  switch (BinOp(op >= uint32_t(kInplace) ? op - kInplace : op)) {
    case BinOp::Add:
      *r = x + y;
      return true;
    case BinOp::Sub:
      *r = x - y;
      return true;
    case BinOp::Mul:
      *r = x * y;
      return true;
    case BinOp::TrueDiv:
      if (y == 0.0) return false;
      *r = x / y;
      return true;
    default:
      return false;
  }
}

bool check_unpackable(Value seq) {
  Type* t = type_of(seq);
  if (t->iter || t->getitem) return true;
  raise(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
  return false;
}

// Pushes the n items of `seq` so that item 0 ends on top; false on error.
bool unpack_sequence(Value seq, size_t n, Value* dest) {
  if (is_tuple(seq) || (seq.is_obj() && seq.obj()->type == &ListType)) {
    Value* items = is_tuple(seq) ? as_tuple(seq)->items : seq.as<List>()->items;
    size_t size = is_tuple(seq) ? as_tuple(seq)->size : seq.as<List>()->size;
    if (size == n) {
      for (size_t i = 0; i < n; ++i) {
        incref(items[i]);
        dest[n - 1 - i] = items[i];
      }
      return true;
    }
    if (size < n) {
      raise(&Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, size);
    } else {
      raise(&Exc_ValueError, "too many values to unpack (expected %zu)", n);
    }
    return false;
  }
  if (!check_unpackable(seq)) return false;
  Ref it = get_iter(seq);
  if (!it) return false;
  size_t got = 0;
  for (; got < n; ++got) {
    Ref v = iter_next(it);
    if (!v) {
      if (!err_occurred()) {
        raise(&Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, got);
      }
      break;
    }
    dest[n - 1 - got] = v.release();
  }
  if (got == n) {
    Ref extra = iter_next(it);
    if (extra) {
      raise(&Exc_ValueError, "too many values to unpack (expected %zu)", n);
    } else if (!err_occurred()) {
      return true;
    }
  }
  for (size_t i = 0; i < got; ++i) decref(dest[n - 1 - i]);
  return false;
}

// a, *b, c = seq. Fills dest[0 .. before+after] (the value stack slots,
// bottom first) so that the first target's item ends on top.
bool unpack_ex(Value seq, size_t before, size_t after, Value* dest) {
  if (!check_unpackable(seq)) return false;
  Ref list = list_from_iterable(seq);
  if (!list) return false;
  List* l = list.as<List>();
  size_t size = l->size;
  if (size < before + after) {
    raise(&Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
          before + after, size);
    return false;
  }
  size_t d = 0;
  for (size_t i = size; i > size - after; --i) {
    incref(l->items[i - 1]);
    dest[d++] = l->items[i - 1];
  }
  Ref middle = new_list_from(l->items + before, size - before - after);
  if (!middle) {
    for (size_t i = 0; i < d; ++i) decref(dest[i]);
    return false;
  }
  dest[d++] = middle.release();
  for (size_t i = before; i > 0; --i) {
    incref(l->items[i - 1]);
    dest[d++] = l->items[i - 1];
  }
  return true;
}

Ref format_value(Value v, uint32_t flags, Value spec) {
  Ref converted;
  switch (flags & 3) {
    case 1:
      converted = str(v);
      break;
    case 2:
      converted = repr(v);
      break;
    case 3:
      converted = ascii(v);
      break;
    default:
      converted = Ref::dup(v);
  }
  if (!converted) return nullptr;
  if (!spec && is_exact_str(converted)) return converted;
  return format(converted, spec ? spec : Value(intern("")));
}

// Binds an attribute found on the type (a descriptor) to `obj`.
Ref bind_special(Value descr, Value obj) {
  Type* dt = type_of(descr);
  if (dt->descr_get) return dt->descr_get(descr, obj, Value(type_of(obj)));
  return Ref::dup(descr);
}

// type(obj).name bound to obj, or null without an exception when missing.
Ref lookup_special(Value obj, const char* name) {
  Value d = type_lookup(type_of(obj), intern(name));
  if (!d) return nullptr;
  return bind_special(d, obj);
}

// Calls the __aiter__/__anext__ method `async for` needs; `what` names the
// object in CPython's message when its type has none.
GP_NOINLINE Ref call_async_for_method(Value v, const char* method, const char* what) {
  Ref fn = lookup_special(v, method);
  if (!fn) {
    if (!err_occurred()) {
      raise(&Exc_TypeError, "'async for' requires %s with %s method, got %s", what, method,
            type_name(v));
    }
    return nullptr;
  }
  return call0(fn);
}

Ref get_awaitable(Value v, uint32_t where) {
  if (v.is_obj() && v.obj()->type == &CoroutineType) return Ref::dup(v);
  Ref await = lookup_special(v, "__await__");
  if (!await) {
    if (err_occurred()) return nullptr;
    if (where == 1 || where == 2) {
      return raise(&Exc_TypeError,
                   "'async with' received an object from __a%s__ that does not implement "
                   "__await__: %s",
                   where == 1 ? "enter" : "exit", type_name(v));
    }
    return raise(&Exc_TypeError, "object %s can't be used in 'await' expression", type_name(v));
  }
  Ref it = call0(await);
  if (!it) return nullptr;
  if (type_of(it) == &CoroutineType) {
    return raise(&Exc_TypeError, "__await__() returned a coroutine");
  }
  if (!type_of(it)->iternext) {
    return raise(&Exc_TypeError, "__await__() returned non-iterator of type '%s'", type_name(it));
  }
  return it;
}

// f(**m) and {**m}: whether m can be merged as a mapping.
int is_mapping(Value v) {
  if (is_dict(v)) return 1;
  return hasattr(v, Value(intern("keys")));
}

// DICT_MERGE: adds m's items to d for a call, rejecting duplicates.
int merge_kwargs(Value d, Value m, Value func) {
  int ok = is_mapping(m);
  if (ok < 0) return -1;
  if (!ok) {
    raise(&Exc_TypeError, "%s argument after ** must be a mapping, not %s",
          function_str(func).c_str(), type_name(m));
    return -1;
  }
  Ref keys = is_dict(m) ? dict_keys_list(m) : call_method(m, "keys", nullptr, 0);
  if (!keys) return -1;
  Ref it = get_iter(keys);
  if (!it) return -1;
  while (Ref k = iter_next(it)) {
    if (!is_str(k)) {
      raise(&Exc_TypeError, "%s keywords must be strings", function_str(func).c_str());
      return -1;
    }
    Value existing = dict_get(d, k);
    if (existing) {
      raise(&Exc_TypeError, "%s got multiple values for keyword argument '%s'",
            function_str(func).c_str(), cstr(k));
      return -1;
    }
    if (err_occurred()) return -1;
    Ref v = getitem(m, k);
    if (!v || dict_set(d, k, v) < 0) return -1;
  }
  return err_occurred() ? -1 : 0;
}

// `name` in a frame's locals: a dict, or any mapping (a class body's
// namespace from __prepare__). Null with no exception set when missing.
GP_INLINE Ref locals_lookup(Value locals, Str* name) {
  if (is_dict(locals)) return Ref::dup(dict_get_str(locals, name));
  Ref v = getitem(locals, Value(name));
  if (!v && err_matches(&Exc_KeyError)) err_clear();
  return v;
}

// `name` in the globals, then the builtins: null with NameError (or the
// lookup's own error) set when neither has it.
GP_INLINE Value globals_lookup(Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (GP_LIKELY(v) || err_occurred()) return v;
  v = dict_get_str(f->builtins, name);
  if (!v && !err_occurred()) name_error(Value(name));
  return v;
}

int store_name(Value locals, Value name, Value v) {
  if (is_dict(locals)) return dict_set(locals, name, v);
  return setitem(locals, name, v);
}

int import_star(Value module, Value locals) {
  static Str* const kAll = intern("__all__");
  static Str* const kDict = intern("__dict__");
  Ref names = getattr_opt(module, Value(kAll));
  if (!names && err_occurred()) return -1;
  bool skip_private = !names;
  if (!names) {
    Ref d = getattr_opt(module, Value(kDict));
    if (!d) {
      if (!err_occurred()) {
        raise(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
      }
      return -1;
    }
    names = is_dict(d) ? dict_keys_list(d) : call_method(d, "keys", nullptr, 0);
    if (!names) return -1;
  }
  Ref it = get_iter(names);
  if (!it) return -1;
  while (Ref name = iter_next(it)) {
    if (!is_str(name)) {
      raise(&Exc_TypeError, "Item in %s.__all__ must be str, not %s", "module", type_name(name));
      return -1;
    }
    if (skip_private && name.as<Str>()->size > 0 && name.as<Str>()->data[0] == '_') continue;
    Ref v = getattr(module, name);
    if (!v || store_name(locals, name, v) < 0) return -1;
  }
  return err_occurred() ? -1 : 0;
}

int print_expr(Value v) {
  Value sys = dict_get_cstr(sys_modules(), "sys");
  if (sys) {
    Ref hook = getattr_opt(sys, Value(intern("displayhook")));
    if (hook) return call1(hook, v) ? 0 : -1;
    if (err_occurred()) return -1;
  }
  if (is_none(v)) return 0;
  Ref r = repr(v);
  if (!r) return -1;
  std::fwrite(r.as<Str>()->data, 1, r.as<Str>()->size, stdout);
  std::fputc('\n', stdout);
  return 0;
}

Ref annotations_dict(Value a) {
  if (is_dict(a)) return Ref::dup(a);
  Ref d = new_dict();
  if (!d) return nullptr;
  Tuple* t = as_tuple(a);
  for (size_t i = 0; i + 1 < t->size; i += 2) {
    if (dict_set(d, t->items[i], t->items[i + 1]) < 0) return nullptr;
  }
  return d;
}

// Flattens f(*args, **kwargs) into the vectorcall layout.
struct FlatArgs {
  std::vector<Value> items;  // borrowed from the tuple and dict
  Ref kwnames;
};

bool flatten_call_args(Value func, Value args, Value kwargs, FlatArgs* out) {
  Tuple* t = as_tuple(args);
  out->items.assign(t->items, t->items + t->size);
  if (!kwargs) return true;
  Dict* d = kwargs.as<Dict>();
  if (d->used == 0) return true;
  Tuple* names = tuple_alloc(d->used);
  if (!names) return false;
  out->kwnames = Ref::steal(names);
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) {
      raise(&Exc_TypeError, "%s keywords must be strings", function_str(func).c_str());
      return false;
    }
    tuple_set(names, i++, Ref::dup(k));
    out->items.push_back(v);
  }
  return true;
}

// --- the loop ---

Ref run(ThreadState* ts, Frame* frame, Value sent, Entry how) {
  static void* const dispatch_table[] = {
#define OPCODE(name, effect, sw) &&L_##name,
#include "interp/opcodes.def"
#undef OPCODE
  };

  Code* co;
  const Instr* first;
  const Instr* ip;
  Value* sp;
  Value* fast;
  Value* consts;
  Value* names;
  uint32_t oparg = 0;
  Value kwnames;
  size_t call_nargs = 0;

#define LOAD_FRAME()                      \
  do {                                    \
    co = frame->code;                     \
    first = co->code.data();              \
    ip = frame->instr;                    \
    sp = frame->sp;                       \
    fast = frame->localsplus();           \
    consts = as_tuple(co->consts)->items; \
    names = as_tuple(co->names)->items;   \
  } while (0)
#define DISPATCH()                    \
  do {                                \
    Instr in_ = *ip++;                \
    oparg = instr_arg(in_);           \
    goto* dispatch_table[in_ & 0xff]; \
  } while (0)
#define TARGET(op) L_##op:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define JUMP_TO(target) (ip = first + (target))
#define STACK_BASE() (fast + co->nlocalsplus())
// Runs the frame a call just pushed in this same loop.
#define ENTER_FRAME(nf)                  \
  do {                                   \
    (nf)->previous = frame;              \
    ts->frame = (nf);                    \
    (nf)->state = FrameState::Executing; \
    frame = (nf);                        \
    LOAD_FRAME();                        \
    goto start_frame;                    \
  } while (0)

  frame->is_entry = true;
  frame->previous = ts->frame;
  ts->frame = frame;
  frame->state = FrameState::Executing;
  LOAD_FRAME();
  if (how == Entry::Resume) {
    incref(sent);
    PUSH(sent);
    DISPATCH();
  }
  if (how == Entry::Throw) {
    // A frame suspended at SEND raises there (ip is at the SEND itself).
    if (instr_op(*ip) == Opcode::SEND) ++ip;
    goto exception_unwind_traced;
  }

start_frame:
  if (GP_UNLIKELY(eval_breaker.load(std::memory_order_relaxed))) {
    if (handle_eval_breaker() < 0) goto error;
  }
  DISPATCH();

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value v = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = v;
    DISPATCH();
  }
  TARGET(EXTENDED_ARG) {
    Instr in = *ip++;
    oparg = (oparg << 24) | instr_arg(in);
    goto* dispatch_table[in & 0xff];
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    Value v = consts[oparg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = fast[oparg];
    if (GP_UNLIKELY(!v)) {
      unbound_local(co, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = fast[oparg];
    fast[oparg] = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = fast[oparg];
    if (!old) {
      unbound_local(co, oparg);
      goto error;
    }
    fast[oparg] = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(MAKE_CELL) {
    {
      Value v = fast[oparg];
      Ref cell = new_cell(v);
      if (!cell) goto error;
      fast[oparg] = cell.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(COPY_FREE_VARS) {
    Tuple* closure = as_tuple(reinterpret_cast<Function*>(frame->func)->closure);
    Value* dest = fast + co->nlocalsplus() - oparg;
    for (uint32_t i = 0; i < oparg; ++i) {
      incref(closure->items[i]);
      dest[i] = closure->items[i];
    }
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Value cell = fast[oparg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = fast[oparg].as<Cell>()->ref;
    if (GP_UNLIKELY(!v)) {
      unbound_local(co, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    fast[oparg].as<Cell>()->ref = Ref::steal(POP());
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    Cell* cell = fast[oparg].as<Cell>();
    if (!cell->ref) {
      unbound_local(co, oparg);
      goto error;
    }
    cell->ref.reset();
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    {
      Str* name = as_tuple(co->localsplus_names)->items[oparg].as<Str>();
      Ref v = locals_lookup(frame->locals, name);
      if (!v) {
        if (err_occurred()) goto error;
        Value inner = fast[oparg].as<Cell>()->ref;
        if (!inner) {
          unbound_local(co, oparg);
          goto error;
        }
        v = Ref::dup(inner);
      }
      PUSH(v.release());
    }
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    Value v = globals_lookup(frame, names[oparg].as<Str>());
    if (GP_UNLIKELY(!v)) goto error;
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    {
      Ref v = Ref::steal(POP());
      if (dict_set(frame->globals, names[oparg], v) < 0) goto error;
    }
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    if (dict_del(frame->globals, names[oparg]) < 0) {
      delete_failed(names[oparg]);
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    {
      Str* name = names[oparg].as<Str>();
      Value locals = frame->locals;
      if (!locals) {
        raise(&Exc_SystemError, "no locals when loading '%s'", name->data);
        goto error;
      }
      Ref v = locals_lookup(locals, name);
      if (!v) {
        if (err_occurred()) goto error;
        Value found = globals_lookup(frame, name);
        if (!found) goto error;
        v = Ref::dup(found);
      }
      PUSH(v.release());
    }
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    {
      Ref v = Ref::steal(POP());
      Value locals = frame->locals;
      if (!locals) {
        raise(&Exc_SystemError, "no locals found when storing '%s'", cstr(names[oparg]));
        goto error;
      }
      if (store_name(locals, names[oparg], v) < 0) goto error;
    }
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Value locals = frame->locals;
    if (!locals) {
      raise(&Exc_SystemError, "no locals when deleting '%s'", cstr(names[oparg]));
      goto error;
    }
    if ((is_dict(locals) ? dict_del(locals, names[oparg]) : delitem(locals, names[oparg])) < 0) {
      delete_failed(names[oparg]);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    {
      Value obj = TOP();
      Str* name = names[oparg].as<Str>();
      Type* t = type_of(obj);
      Ref r = t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
      if (!r) goto error;
      TOP() = r.release();
      decref(obj);
    }
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = POP();
    Value v = POP();
    Str* name = names[oparg].as<Str>();
    Type* t = type_of(obj);
    int rc = t->setattr ? t->setattr(obj, name, v) : setattr(obj, Value(name), v);
    decref(obj);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Value obj = POP();
    int rc = setattr(obj, names[oparg], Value());
    decref(obj);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    {
      Value obj = TOP();
      Str* name = names[oparg].as<Str>();
      Type* t = type_of(obj);
      if (!t->getattr || t->getattr == generic_getattr) {
        Value m = type_lookup(t, name);
        if (m && (type_of(m) == &FunctionType || type_of(m) == &MethodDescrType)) {
          bool shadowed = false;
          if (Ref* dp = instance_dict_ptr(obj, t)) {
            Value d = *dp;
            if (d) {
              if (dict_get_str(d, name)) {
                shadowed = true;
              } else if (err_occurred()) {
                goto error;
              }
            }
          }
          if (!shadowed) {
            incref(m);
            TOP() = m;
            PUSH(obj);
            DISPATCH();
          }
        }
      }
      Ref r = t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
      if (!r) goto error;
      TOP() = Value();
      PUSH(r.release());
      decref(obj);
    }
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    {
      Value key = POP();
      Value obj = TOP();
      Ref r;
      if (key.is_small() && obj.is_obj()) {
        Type* t = obj.obj()->type;
        intptr_t i = key.small_value();
        if (t == &ListType) {
          List* l = obj.as<List>();
          if (i < 0) i += intptr_t(l->size);
          if (i >= 0 && size_t(i) < l->size) r = Ref::dup(l->items[i]);
        } else if (t == &TupleType) {
          Tuple* tu = as_tuple(obj);
          if (i < 0) i += intptr_t(tu->size);
          if (i >= 0 && size_t(i) < tu->size) r = Ref::dup(tu->items[i]);
        }
      }
      if (!r && obj.is_obj() && obj.obj()->type == &DictType) {
        Value v = dict_get(obj, key);
        if (v) {
          r = Ref::dup(v);
        } else if (err_occurred()) {
          PUSH(key);
          goto error;
        }
      }
      if (!r) r = getitem(obj, key);
      if (!r) {
        PUSH(key);
        goto error;
      }
      decref(key);
      TOP() = r.release();
      decref(obj);
    }
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    Value v = POP();
    int rc;
    if (key.is_small() && obj.is_obj() && obj.obj()->type == &ListType) {
      List* l = obj.as<List>();
      intptr_t i = key.small_value();
      if (i < 0) i += intptr_t(l->size);
      if (i >= 0 && size_t(i) < l->size) {
        Value old = l->items[i];
        l->items[i] = v;
        decref(old);
        decref(obj);
        DISPATCH();
      }
    }
    if (obj.is_obj() && obj.obj()->type == &DictType) {
      rc = dict_set(obj, key, v);
    } else {
      rc = setitem(obj, key, v);
    }
    decref(key);
    decref(obj);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    int rc = delitem(obj, key);
    decref(key);
    decref(obj);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    {
      Value step = oparg == 3 ? POP() : None();
      Value stop = POP();
      Value start = POP();
      Ref s = new_slice(start, stop, step);
      decref(start);
      decref(stop);
      if (oparg == 3) decref(step);
      if (!s) goto error;
      PUSH(s.release());
    }
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    {
      Value b = POP();
      Value a = TOP();
      if (a.is_small() && b.is_small()) {
        intptr_t r;
        if (GP_LIKELY(small_binop(a.small_value(), b.small_value(), oparg, &r))) {
          TOP() = Value::small(r);
          DISPATCH();
        }
      } else {
        double x, y, r;
        if (float_operands(a, b, &x, &y) && float_binop(x, y, oparg, &r)) {
          // A float operand held only by this stack slot is a dead
          // temporary: reuse it for the result instead of allocating.
          if (a.is_obj() && a.obj()->type == &FloatType && is_unique(a.obj())) {
            a.as<FloatObject>()->value = r;
            decref(b);
            DISPATCH();
          }
          if (b.is_obj() && b.obj()->type == &FloatType && is_unique(b.obj())) {
            b.as<FloatObject>()->value = r;
            TOP() = b;
            decref(a);
            DISPATCH();
          }
          Value f = new_float(r).release();
          if (!f) {
            PUSH(b);
            goto error;
          }
          TOP() = f;
          decref(a);
          decref(b);
          DISPATCH();
        }
      }
      if (oparg == uint32_t(kInplace) + uint32_t(BinOp::Add) && is_exact_str(a) &&
          is_exact_str(b) && instr_op(*ip) == Opcode::STORE_FAST && fast[instr_arg(*ip)].is(a)) {
        // `s += t` into a local: drop the local's reference first so that
        // str_append can grow `s` in place when the stack holds the only one.
        // No Ref may be live here: computed gotos cannot leave its scope.
        fast[instr_arg(*ip)] = Value();
        decref(a);
        (void)POP();
        Value appended = str_append(Ref::steal(a), b).release();
        decref(b);
        if (!appended) goto error;
        PUSH(appended);
        DISPATCH();
      }
      Ref res;
      if (oparg == uint32_t(BinOp::Add) && is_exact_str(a) && is_exact_str(b)) {
        res = str_concat(a, b);
      } else if (oparg >= uint32_t(kInplace)) {
        res = inplace_op(a, b, BinOp(oparg - kInplace));
      } else {
        res = binary_op(a, b, BinOp(oparg));
      }
      decref(b);
      if (!res) goto error;
      TOP() = res.release();
      decref(a);
    }
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    {
      Value b = POP();
      Value a = TOP();
      if (a.is_small() && b.is_small()) {
        TOP() = Bool(compare_values(a.small_value(), b.small_value(), CompareOp(oparg)));
        DISPATCH();
      }
      if (is_exact_float(a) && is_exact_float(b)) {
        TOP() = Bool(compare_values(float_value(a), float_value(b), CompareOp(oparg)));
        decref(a);
        decref(b);
        DISPATCH();
      }
      Ref res = compare(a, b, CompareOp(oparg));
      decref(b);
      if (!res) goto error;
      TOP() = res.release();
      decref(a);
    }
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool r = a.is(b) != (oparg == 1);
    TOP() = Bool(r);
    decref(a);
    decref(b);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    int r = contains(container, item);
    decref(container);
    if (r < 0) goto error;
    TOP() = Bool((r == 1) != (oparg == 1));
    decref(item);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    {
      Value v = TOP();
      if (v.is_small() && Value::fits_small(-v.small_value())) {
        TOP() = Value::small(-v.small_value());
        DISPATCH();
      }
      Ref r = negative(v);
      if (!r) goto error;
      TOP() = r.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    {
      Value v = TOP();
      Ref r = positive(v);
      if (!r) goto error;
      TOP() = r.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    {
      Value v = TOP();
      if (v.is_small()) {
        TOP() = Value::small(~v.small_value());
        DISPATCH();
      }
      Ref r = invert(v);
      if (!r) goto error;
      TOP() = r.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    int t = fast_truthy(v);
    if (t < 0) goto error;
    TOP() = Bool(!t);
    decref(v);
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Tuple* t = tuple_alloc(oparg);
    if (!t) goto error;
    sp -= oparg;
    for (uint32_t i = 0; i < oparg; ++i) t->items[i] = sp[i];
    PUSH(Value(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    {
      Ref l = new_list_from(sp - oparg, oparg);
      if (!l) goto error;
      for (uint32_t i = 0; i < oparg; ++i) decref(POP());
      PUSH(l.release());
    }
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    {
      Ref s = new_set();
      if (!s) goto error;
      int rc = 0;
      for (uint32_t i = oparg; i > 0; --i) {
        if (rc == 0) rc = set_add(s, PEEK(i));
      }
      for (uint32_t i = 0; i < oparg; ++i) decref(POP());
      if (rc < 0) goto error;
      PUSH(s.release());
    }
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    {
      Ref d = new_dict(oparg);
      if (!d) goto error;
      int rc = 0;
      for (uint32_t i = oparg; i > 0; --i) {
        if (rc == 0) rc = dict_set(d, PEEK(2 * i), PEEK(2 * i - 1));
      }
      for (uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
      if (rc < 0) goto error;
      PUSH(d.release());
    }
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    {
      Value keys = POP();
      Ref d = new_dict(oparg);
      if (!d) {
        decref(keys);
        goto error;
      }
      int rc = 0;
      for (uint32_t i = 0; i < oparg && rc == 0; ++i) {
        rc = dict_set(d, as_tuple(keys)->items[i], PEEK(oparg - i));
      }
      decref(keys);
      for (uint32_t i = 0; i < oparg; ++i) decref(POP());
      if (rc < 0) goto error;
      PUSH(d.release());
    }
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    {
      Ref s = str_concat_n(sp - oparg, oparg);
      if (!s) goto error;
      for (uint32_t i = 0; i < oparg; ++i) decref(POP());
      PUSH(s.release());
    }
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    int rc = list_append(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = POP();
    int rc = set_add(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    int rc = dict_set(PEEK(oparg), k, v);
    decref(k);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Value it = POP();
    int rc = list_extend(PEEK(oparg), it);
    if (rc < 0 && err_matches(&Exc_TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
      err_clear();
      raise(&Exc_TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    decref(it);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    {
      Value it = POP();
      Value s = PEEK(oparg);
      int rc = 0;
      Ref iter = get_iter(it);
      if (!iter) {
        rc = -1;
      } else {
        while (Ref v = iter_next(iter)) {
          if (set_add(s, v) < 0) {
            rc = -1;
            break;
          }
        }
        if (err_occurred()) rc = -1;
      }
      decref(it);
      if (rc < 0) goto error;
    }
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    Value m = POP();
    int rc = is_mapping(m);
    if (rc == 0) {
      raise(&Exc_TypeError, "'%s' object is not a mapping", type_name(m));
      rc = -1;
    } else if (rc > 0) {
      rc = dict_update(PEEK(oparg), m);
    }
    decref(m);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    Value m = POP();
    Value func = PEEK(oparg + 2) ? PEEK(oparg + 2) : PEEK(oparg + 3);
    int rc = merge_kwargs(PEEK(oparg), m, func);
    decref(m);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    {
      Value l = TOP();
      Ref t = new_tuple_from(l.as<List>()->items, l.as<List>()->size);
      if (!t) goto error;
      TOP() = t.release();
      decref(l);
    }
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    {
      Value spec = (oparg & 4) ? POP() : Value();
      Value v = TOP();
      Ref r = format_value(v, oparg, spec);
      decref(spec);
      if (!r) goto error;
      TOP() = r.release();
      decref(v);
    }
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    bool ok = unpack_sequence(seq, oparg, sp);
    decref(seq);
    if (!ok) goto error;
    sp += oparg;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = POP();
    size_t before = oparg & 0xff, after = oparg >> 8;
    bool ok = unpack_ex(seq, before, after, sp);
    decref(seq);
    if (!ok) goto error;
    sp += before + after + 1;
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    if (GP_UNLIKELY(eval_breaker.load(std::memory_order_relaxed))) {
      if (handle_eval_breaker() < 0) goto error;
    }
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t = fast_truthy(v);
    decref(v);
    if (t < 0) goto error;
    if (!t) JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t = fast_truthy(v);
    decref(v);
    if (t < 0) goto error;
    if (t) JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (is_none(v)) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!is_none(v)) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = fast_truthy(TOP());
    if (t < 0) goto error;
    if (!t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = fast_truthy(TOP());
    if (t < 0) goto error;
    if (t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(GET_ITER) {
    {
      Value v = TOP();
      Ref it = get_iter(v);
      if (!it) goto error;
      TOP() = it.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    {
      Value it = TOP();
      UnaryFn next = type_of(it)->iternext;
      Value v = (next ? next(it) : iter_next(it)).release();
      if (GP_LIKELY(v)) {
        PUSH(v);
        DISPATCH();
      }
      if (err_occurred()) {
        if (!err_matches(&Exc_StopIteration)) goto error;
        err_clear();
      }
      decref(POP());
      JUMP_TO(oparg);
    }
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    Value rv = POP();
    frame->sp = sp;
    frame = pop_frame(ts, frame);
    if (!frame) return Ref::steal(rv);
    LOAD_FRAME();
    PUSH(rv);
    DISPATCH();
  }

  TARGET(CALL) {
    kwnames = Value();
    call_nargs = oparg;
    goto do_call;
  }
  TARGET(CALL_KW) {
    kwnames = POP();
    call_nargs = oparg;
    goto do_call;
  }
do_call : {
  {
    Value* base = sp - call_nargs - 2;
    size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
    // Two slots precede the arguments: [callable NULL] after PUSH_NULL,
    // [NULL callable] or [method self] after LOAD_METHOD. A bound method is
    // unpacked into the last shape so its function is called directly.
    Value callable;
    Value* args = base + 2;
    size_t npos = call_nargs - nkw;
    if (base[0] && base[1]) {
      callable = base[0];
      args = base + 1;
      ++npos;
    } else {
      callable = base[0] ? base[0] : base[1];
      if (type_of(callable) == &BoundMethodType) {
        BoundMethod* m = callable.as<BoundMethod>();
        base[0] = m->func.dup().release();
        base[1] = m->self.dup().release();
        decref(callable);
        callable = base[0];
        args = base + 1;
        ++npos;
      }
    }
    if (callable.is_obj() && callable.obj()->type == &FunctionType &&
        !(callable.as<Function>()->code.as<Code>()->flags & kGenFlags)) {
      Function* fn = callable.as<Function>();
      frame->instr = ip;
      Frame* nf = push_call_frame(ts, fn, args, npos, kwnames, true);
      decref(callable);  // the arguments were moved into the new frame
      decref(kwnames);
      sp = base;
      frame->sp = sp;
      if (!nf) goto error;
      ENTER_FRAME(nf);
    }
    Ref res;
    if (args == base + 1 && type_of(callable) == &MethodDescrType) {
      res =
          method_descr_call_self(callable.as<MethodDescr>(), args[0], args + 1, npos - 1, kwnames);
    } else {
      res = call(callable, args, npos, kwnames);
    }
    while (sp > base) decref(POP());
    decref(kwnames);
    if (!res) goto error;
    PUSH(res.release());
  }
  DISPATCH();
}
  TARGET(CALL_FUNCTION_EX) {
    {
      Value kwargs = (oparg & 1) ? POP() : Value();
      Value args = POP();
      Value* base = sp - 2;
      Value func = base[0] ? base[0] : base[1];
      Ref args_tuple;
      Ref kw_dict;
      Ref res;
      bool failed = false;
      if (is_tuple(args)) {
        args_tuple = Ref::dup(args);
      } else {
        Type* at = type_of(args);
        if (!at->iter && !at->getitem) {
          raise(&Exc_TypeError, "%s argument after * must be an iterable, not %s",
                function_str(func).c_str(), type_name(args));
          failed = true;
        } else {
          args_tuple = tuple_from_iterable(args);
          failed = !args_tuple;
        }
      }
      if (!failed && kwargs) {
        if (is_dict(kwargs)) {
          kw_dict = Ref::dup(kwargs);
        } else {
          kw_dict = new_dict();
          failed = !kw_dict || merge_kwargs(kw_dict, kwargs, func) < 0;
        }
      }
      if (!failed) {
        if (is_function(func) && !(func.as<Function>()->code.as<Code>()->flags & kGenFlags)) {
          FlatArgs flat;
          if (!flatten_call_args(func, args_tuple, kw_dict, &flat)) {
            failed = true;
          } else {
            frame->instr = ip;
            Frame* nf = push_call_frame(
                ts, func.as<Function>(), flat.items.data(),
                flat.items.size() - (flat.kwnames ? as_tuple(flat.kwnames)->size : 0), flat.kwnames,
                false);
            flat.kwnames.reset();
            args_tuple.reset();
            kw_dict.reset();
            decref(args);
            decref(kwargs);
            decref(POP());
            decref(POP());
            frame->sp = sp;
            if (!nf) goto error;
            ENTER_FRAME(nf);
          }
        } else {
          res = call_tuple_dict(func, args_tuple, kw_dict);
          failed = !res;
        }
      }
      decref(args);
      decref(kwargs);
      decref(POP());
      decref(POP());
      if (failed) goto error;
      PUSH(res.release());
    }
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    {
      Value qualname = POP();
      Value code = POP();
      Ref fn = new_function(code, frame->globals, qualname);
      decref(qualname);
      decref(code);
      if (!fn) goto error;
      Function* f = fn.as<Function>();
      if (oparg & 8) f->closure = Ref::steal(POP());
      if (oparg & 4) {
        Ref a = Ref::steal(POP());
        f->annotations = annotations_dict(a);
        if (!f->annotations) goto error;
      }
      if (oparg & 2) f->kwdefaults = Ref::steal(POP());
      if (oparg & 1) f->defaults = Ref::steal(POP());
      PUSH(fn.release());
    }
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    static Str* const kBuildClass = intern("__build_class__");
    Value bc = dict_get_str(frame->builtins, kBuildClass);
    if (!bc) {
      if (!err_occurred()) raise(&Exc_NameError, "__build_class__ not found");
      goto error;
    }
    incref(bc);
    PUSH(bc);
    DISPATCH();
  }

  TARGET(RETURN_GENERATOR) {
    // The generator was created by the call (make_generator); the None the
    // first resume pushed is left for the POP_TOP the compiler emits next.
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    Value v = POP();
    suspend_frame(ts, frame, ip, sp);
    return Ref::steal(v);
  }
  TARGET(GET_YIELD_FROM_ITER) {
    {
      Value v = TOP();
      if (v.is_obj() && v.obj()->type == &GeneratorType) DISPATCH();
      if (v.is_obj() && v.obj()->type == &CoroutineType) {
        if (!(co->flags & kCoCoroutine)) {
          raise(&Exc_TypeError,
                "cannot 'yield from' a coroutine object in a non-coroutine "
                "generator");
          goto error;
        }
        DISPATCH();
      }
      Ref it = get_iter(v);
      if (!it) goto error;
      TOP() = it.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(SEND) {
    {
      Value v = POP();
      Value sub = TOP();
      Ref r;
      GenStatus st;
      if (is_generator_like(sub)) {
        st = gen_send(sub.as<Generator>(), v, &r);
      } else {
        UnaryFn next = type_of(sub)->iternext;
        if (is_none(v) && next) {
          r = next(sub);
        } else {
          r = call_method(sub, "send", &v, 1);
        }
        if (r) {
          st = GenStatus::Yield;
        } else if (!err_occurred()) {
          r = none_ref();
          st = GenStatus::Return;
        } else if (err_matches(&Exc_StopIteration)) {
          Ref stop = err_fetch();
          r = stop_iteration_value(stop);
          st = r ? GenStatus::Return : GenStatus::Error;
        } else {
          st = GenStatus::Error;
        }
      }
      decref(v);
      if (st == GenStatus::Yield) {
        // Suspend with ip back on the SEND: the value sent on resumption is
        // pushed and forwarded to the subiterator again.
        suspend_frame(ts, frame, ip - 1, sp);
        return r;
      }
      if (st == GenStatus::Error) goto error;
      decref(sub);
      TOP() = r.release();
      JUMP_TO(oparg);
    }
    DISPATCH();
  }
  TARGET(GET_AWAITABLE) {
    {
      Value v = TOP();
      Ref a = get_awaitable(v, oparg);
      if (!a) goto error;
      TOP() = a.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(GET_AITER) {
    {
      Value v = TOP();
      Ref it = call_async_for_method(v, "__aiter__", "an object");
      if (!it) goto error;
      if (!type_lookup(type_of(it), intern("__anext__"))) {
        raise(&Exc_TypeError,
              "'async for' received an object from __aiter__ that does not implement __anext__: "
              "%s",
              type_name(it));
        goto error;
      }
      TOP() = it.release();
      decref(v);
    }
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    {
      Ref next = call_async_for_method(TOP(), "__anext__", "an iterator");
      if (!next) goto error;
      Ref a = get_awaitable(next, 0);
      if (!a) {
        if (err_matches(&Exc_TypeError)) {
          err_clear();
          raise(&Exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                type_name(next));
        }
        goto error;
      }
      PUSH(a.release());
    }
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    if (has_flag(exc, kTpExcSubclass) && type_is_subtype(type_of(exc), &Exc_StopAsyncIteration)) {
      decref(exc);
      decref(POP());
      DISPATCH();
    }
    err_restore(Ref::steal(exc));
    goto exception_unwind;
  }
  TARGET(BEFORE_ASYNC_WITH) {
    {
      Value mgr = TOP();
      Ref enter = lookup_special(mgr, "__aenter__");
      Ref exit = enter ? lookup_special(mgr, "__aexit__") : Ref();
      if (!enter || !exit) {
        if (!err_occurred()) {
          raise(&Exc_TypeError,
                "'%s' object does not support the asynchronous context manager protocol",
                type_name(mgr));
        }
        goto error;
      }
      Ref res = call0(enter);
      if (!res) goto error;
      TOP() = exit.release();
      decref(mgr);
      PUSH(res.release());
    }
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value();
    if (oparg == 0) {
      Value handled = ts->handled_exception;
      if (!handled || is_none(handled)) {
        raise(&Exc_RuntimeError, "No active exception to reraise");
        goto error;
      }
      err_restore(Ref::dup(handled));
      goto exception_unwind;
    }
    Value exc = POP();
    do_raise(ts, exc, cause);
    decref(exc);
    decref(cause);
    goto error;
  }
  TARGET(PUSH_EXC_INFO) {
    {
      Value exc = TOP();
      Ref prev = std::move(ts->handled_exception);
      TOP() = prev ? prev.release() : none_ref().release();
      ts->handled_exception = Ref::dup(exc);
      PUSH(exc);
    }
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    {
      Ref prev = Ref::steal(POP());
      if (is_none(prev)) prev.reset();
      ts->handled_exception = std::move(prev);
    }
    DISPATCH();
  }
  TARGET(RERAISE) {
    Ref exc = Ref::steal(POP());
    // The handler lookup uses this RERAISE's own position; the pushed lasti
    // only served the traceback, which already has this frame's entry.
    if (oparg) decref(POP());
    err_restore(std::move(exc));
    goto exception_unwind;
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = TOP();
    bool valid = is_exception_class(type);
    if (!valid && is_tuple(type)) {
      valid = true;
      for (Value t : *as_tuple(type)) valid = valid && is_exception_class(t);
    }
    if (!valid) {
      raise(&Exc_TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
      goto error;
    }
    int r = isinstance(PEEK(2), type);
    if (r < 0) goto error;
    TOP() = Bool(r);
    decref(type);
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value(&Exc_AssertionError));
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    {
      static Str* const kEnter = intern("__enter__");
      static Str* const kExit = intern("__exit__");
      Value mgr = TOP();
      Type* t = type_of(mgr);
      Value enter = type_lookup(t, kEnter);
      Value exit = enter ? type_lookup(t, kExit) : Value();
      if (!enter || !exit) {
        raise(&Exc_TypeError, "'%s' object does not support the context manager protocol%s",
              type_name(mgr), enter ? " (missed __exit__ method)" : "");
        goto error;
      }
      Ref exit_bound = bind_special(exit, mgr);
      if (!exit_bound) goto error;
      Ref res;
      if (is_function(enter) || type_of(enter) == &MethodDescrType) {
        res = type_of(enter) == &MethodDescrType
                  ? method_descr_call_self(enter.as<MethodDescr>(), mgr, nullptr, 0, Value())
                  : call(enter, &mgr, 1);
      } else {
        Ref bound = bind_special(enter, mgr);
        if (!bound) goto error;
        res = call0(bound);
      }
      if (!res) goto error;
      TOP() = exit_bound.release();
      decref(mgr);
      PUSH(res.release());
    }
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    {
      Value exc = TOP();
      Value exit_fn = PEEK(4);
      Value tb = exc_of(exc)->traceback;
      Value args[3] = {Value(type_of(exc)), exc, tb ? tb : None()};
      Ref res = call(exit_fn, args, 3);
      if (!res) goto error;
      PUSH(res.release());
    }
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    {
      Value fromlist = POP();
      Value level = POP();
      Ref m = import_name(names[oparg], frame->globals, fromlist,
                          level.is_small() ? int(level.small_value()) : 0);
      decref(fromlist);
      decref(level);
      if (!m) goto error;
      PUSH(m.release());
    }
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    {
      Ref v = import_from(TOP(), names[oparg]);
      if (!v) goto error;
      PUSH(v.release());
    }
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Value m = POP();
    int rc = frame->locals ? import_star(m, frame->locals) : -1;
    if (!frame->locals) raise(&Exc_SystemError, "no locals found during 'import *'");
    decref(m);
    if (rc < 0) goto error;
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    {
      static Str* const kAnnotations = intern("__annotations__");
      Value locals = frame->locals;
      if (!locals) {
        raise(&Exc_SystemError, "no locals found when setting up annotations");
        goto error;
      }
      if (!locals_lookup(locals, kAnnotations)) {
        if (err_occurred()) goto error;
        Ref d = new_dict();
        if (!d || store_name(locals, Value(kAnnotations), d) < 0) goto error;
      }
    }
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    Value v = POP();
    int rc = print_expr(v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

error:
  chain_context(ts);
exception_unwind_traced:
  traceback_here(co, ip > first ? uint32_t(ip - first - 1) : 0);
exception_unwind : {
  uint32_t lasti = ip > first ? uint32_t(ip - first - 1) : 0;
  const ExceptionTableEntry* h = find_handler(co, lasti);
  if (h) {
    Value* target = STACK_BASE() + h->depth;
    while (sp > target) decref(POP());
    if (h->lasti) PUSH(Value::small(lasti));
    PUSH(err_fetch().release());
    JUMP_TO(h->target);
    DISPATCH();
  }
  frame->sp = sp;
  frame = pop_frame(ts, frame);
  if (!frame) return nullptr;
  LOAD_FRAME();
  goto error;
}

#undef LOAD_FRAME
#undef DISPATCH
#undef TARGET
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef JUMP_TO
#undef STACK_BASE
#undef ENTER_FRAME
}

}  // namespace

Ref eval_code(Value code, Value globals, Value locals) {
  ThreadState* ts = tstate();
  Code* co = code.as<Code>();
  Ref builtins = Ref::dup(builtins_for_globals(globals));
  if (!enter_frame(ts)) return nullptr;
  Frame* f = frame_push(co, nullptr, globals, builtins, locals);
  if (!f) {
    --ts->recursion_depth;
    return nullptr;
  }
  return run(ts, f, Value(), Entry::Start);
}

Ref function_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  Function* fn = callable.as<Function>();
  if (fn->code.as<Code>()->flags & kGenFlags) return make_generator(fn, args, nargs, kwnames);
  ThreadState* ts = tstate();
  Frame* f = push_call_frame(ts, fn, const_cast<Value*>(args), nargs, kwnames, false);
  if (!f) return nullptr;
  return run(ts, f, Value(), Entry::Start);
}

Ref function_call_with_locals(Value func, Value locals) {
  ThreadState* ts = tstate();
  Function* fn = func.as<Function>();
  Frame* f = push_call_frame(ts, fn, nullptr, 0, Value(), false);
  if (!f) return nullptr;
  f->locals = locals;
  return run(ts, f, Value(), Entry::Start);
}

Ref eval_frame_resume(Frame* f, Value sent, bool throwing) {
  ThreadState* ts = tstate();
  if (!enter_frame(ts)) {
    f->state = FrameState::Completed;
    frame_clear(f);
    return nullptr;
  }
  return run(ts, f, sent, throwing ? Entry::Throw : Entry::Resume);
}

}  // namespace gp
