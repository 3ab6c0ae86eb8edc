// The error channel: the current exception lives on the thread state.
//
// raise() builds the exception instance eagerly (CPython 3.12 style, no
// lazy type/value/traceback triple) because our exceptions are cheap to make
// and it keeps every consumer simple: there is exactly one object to look at.
#include "runtime/error.h"

#include <cstdio>

#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/exception.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

static void set_current(Ref exc) { tstate()->current_exception = std::move(exc); }

std::nullptr_t raise(Type* t, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(nullptr, 0, fmt, ap);
  va_end(ap);
  Str* text = str_alloc(n > 0 ? size_t(n) : 0);
  if (!text) return nullptr;
  va_start(ap, fmt);
  std::vsnprintf(text->data, size_t(n > 0 ? n : 0) + 1, fmt, ap);
  va_end(ap);
  Ref msg = str_finish(text);
  if (!msg) return nullptr;
  Ref args = new_tuple({msg.get()});
  if (!args) return nullptr;
  return raise_with_args(t, args);
}

std::nullptr_t raise_with_args(Type* t, Value args_tuple) {
  Ref exc = new_exception(t, args_tuple);
  if (exc) set_current(std::move(exc));
  return nullptr;
}

std::nullptr_t raise_value(Value exc) {
  if (exc.is_obj() && type_of(exc) == &TypeType &&
      type_is_subtype(exc.as<Type>(), &Exc_BaseException)) {
    Ref inst = call0(exc);
    if (!inst) return nullptr;
    if (!isinstance_type(inst, &Exc_BaseException)) {
      return raise(&Exc_TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   exc.as<Type>()->name, type_name(inst));
    }
    set_current(std::move(inst));
    return nullptr;
  }
  if (exc.is_obj() && type_of(exc) != &TypeType && isinstance_type(exc, &Exc_BaseException)) {
    set_current(Ref::dup(exc));
    return nullptr;
  }
  return raise(&Exc_TypeError, "exceptions must derive from BaseException");
}

bool err_occurred() { return !tstate()->current_exception.is_null(); }

bool err_matches(Type* t) {
  const Ref& cur = tstate()->current_exception;
  return cur && type_is_subtype(type_of(cur), t);
}

Ref err_fetch() { return std::move(tstate()->current_exception); }

void err_restore(Ref exc) { set_current(std::move(exc)); }

void err_clear() { tstate()->current_exception.reset(); }

const char* type_name(Value v) { return type_of(v)->name; }

}  // namespace gp
