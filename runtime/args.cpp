// Binding vectorcall arguments to named parameters for native functions.
//
// The messages reproduce CPython's argument-clinic wording, which is what a
// user sees from builtins such as sorted() or str.split().
#include "runtime/args.h"

#include <string>

#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

static size_t kw_count(Value kwnames) { return kwnames ? kwnames.as<Tuple>()->size : 0; }

bool no_kwargs(const char* fname, Value kwnames) {
  if (kw_count(kwnames) == 0) return true;
  raise(&Exc_TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) {
      raise(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    } else if (min == 1) {
      raise(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    } else {
      raise(&Exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    }
  } else if (nargs < min) {
    raise(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
          min == 1 ? "" : "s", nargs);
  } else {
    raise(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
          max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool parse_args(const char* fname, const Value* args, size_t nargs, Value kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out,
                size_t posonly, size_t kwonly) {
  const size_t n = names.size();
  if (kwonly > n) kwonly = n;
  if (nargs > kwonly) {
    if (kwonly == n) {
      raise(&Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, kwonly,
            kwonly == 1 ? "" : "s", nargs);
    } else {
      raise(&Exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)", fname,
            kwonly, kwonly == 1 ? "" : "s", nargs);
    }
    return false;
  }
  for (size_t i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : Value();
  const size_t nkw = kw_count(kwnames);
  for (size_t k = 0; k < nkw; ++k) {
    Str* key = kwnames.as<Tuple>()->items[k].as<Str>();
    size_t i = 0;
    for (const char* name : names) {
      if (key->view() == name) break;
      ++i;
    }
    if (i == n || i < posonly) {
      if (i < posonly) {
        raise(&Exc_TypeError,
              "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
              key->data);
      } else {
        raise(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()", key->data, fname);
      }
      return false;
    }
    if (out[i]) {
      raise(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
            key->data, i + 1);
      return false;
    }
    out[i] = args[nargs + k];
  }
  for (size_t i = 0; i < required; ++i) {
    if (!out[i]) {
      raise(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
            names.begin()[i], i + 1);
      return false;
    }
  }
  return true;
}

bool method_args(Type* owner, const char* name, Value kwnames, size_t nargs, size_t min,
                 size_t max) {
  if (kw_count(kwnames)) {
    raise(&Exc_TypeError, "%s.%s() takes no keyword arguments", owner->name, name);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  if (min == max && min <= 1) {
    std::string qualified = std::string(owner->name) + "." + name;
    return check_nargs(qualified.c_str(), nargs, min, max);
  }
  return check_nargs(name, nargs, min, max);
}

}  // namespace gp
