// The `builtins` module: print, len, sorted, min/max, sum, iter/next, ...
//
// Each builtin is a NativeFn bound in one MethodDef table; the builtin types
// (int, list, range, enumerate, ...) and the exception classes are bound by
// name to their type objects, whose own `new_` slots do the constructing.
// The functions are thin: they parse arguments and defer to the object
// protocols in abstract.h, except where a fast path pays for itself (print
// to the real stdout, sum over small ints and floats).
#include "runtime/builtins.h"

#include <algorithm>
#include <string>
#include <vector>

#include "interp/compiler.h"
#include "interp/eval.h"
#include "interp/frame.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/builtin_function.h"
#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/descriptor.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/file.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

namespace gp {

static size_t kw_count(Value kwnames) { return kwnames ? kwnames.as<Tuple>()->size : 0; }
static std::string_view kw_name(Value kwnames, size_t i) {
  return kwnames.as<Tuple>()->items[i].as<Str>()->view();
}

static Ref string_of(Value v) { return is_exact_str(v) ? Ref::dup(v) : str(v); }

// --- print / input / open ---

static Ref builtin_print(Value, const Value* args, size_t nargs, Value kwnames) {
  Value sep = None(), end = None(), file = None(), flush = None();
  for (size_t i = 0; i < kw_count(kwnames); ++i) {
    std::string_view k = kw_name(kwnames, i);
    Value v = args[nargs + i];
    if (k == "sep") {
      sep = v;
    } else if (k == "end") {
      end = v;
    } else if (k == "file") {
      file = v;
    } else if (k == "flush") {
      flush = v;
    } else {
      return raise(&Exc_TypeError, "'%.*s' is an invalid keyword argument for print()",
                   int(k.size()), k.data());
    }
  }
  if (!is_none(sep) && !is_str(sep)) {
    return raise(&Exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
  }
  if (!is_none(end) && !is_str(end)) {
    return raise(&Exc_TypeError, "end must be None or a string, not %s", type_name(end));
  }
  if (is_none(file)) {
    file = sys_get("stdout");
    if (!file || is_none(file)) return none_ref();
  }
  std::string_view sep_text = is_none(sep) ? std::string_view(" ") : sep.as<Str>()->view();
  std::string_view end_text = is_none(end) ? std::string_view("\n") : end.as<Str>()->view();
  if (is_file(file)) {
    std::string out;
    for (size_t i = 0; i < nargs; ++i) {
      if (i) out += sep_text;
      Ref s = string_of(args[i]);
      if (!s) return nullptr;
      out += s.as<Str>()->view();
    }
    out += end_text;
    if (file_write(file, out) < 0) return nullptr;
  } else {
    Ref write = getattr(file, "write");
    if (!write) return nullptr;
    for (size_t i = 0; i < nargs; ++i) {
      if (i) {
        Ref s = new_str(sep_text);
        if (!s || !call1(write, s)) return nullptr;
      }
      Ref s = string_of(args[i]);
      if (!s || !call1(write, s)) return nullptr;
    }
    Ref e = new_str(end_text);
    if (!e || !call1(write, e)) return nullptr;
  }
  if (!is_none(flush)) {
    int t = truthy(flush);
    if (t < 0) return nullptr;
    if (t && !call_method(file, "flush", nullptr, 0)) return nullptr;
  }
  return none_ref();
}

static Ref builtin_input(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("input", kwnames) || !check_nargs("input", nargs, 0, 1)) return nullptr;
  Value out = sys_get("stdout");
  Value in = sys_get("stdin");
  if (!in || is_none(in)) return raise(&Exc_RuntimeError, "input(): lost sys.stdin");
  if (nargs == 1 && out && !is_none(out)) {
    Ref prompt = string_of(args[0]);
    if (!prompt) return nullptr;
    if (is_file(out)) {
      if (file_write(out, prompt.as<Str>()->view()) < 0 || file_flush(out) < 0) return nullptr;
    } else if (Value pv = prompt;
               !call_method(out, "write", &pv, 1) || !call_method(out, "flush", nullptr, 0)) {
      return nullptr;
    }
  } else if (out && is_file(out) && file_flush(out) < 0) {
    return nullptr;
  }
  std::string line;
  if (is_file(in)) {
    if (!file_readline(in, &line)) return nullptr;
  } else {
    Ref r = call_method(in, "readline", nullptr, 0);
    if (!r) return nullptr;
    if (!is_str(r)) return raise(&Exc_TypeError, "object.readline() returned non-string");
    line = r.as<Str>()->view();
  }
  if (line.empty()) return raise(&Exc_EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return new_str(line);
}

static Ref builtin_open(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[8] = {};
  if (!parse_args(
          "open", args, nargs, kwnames,
          {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
          a)) {
    return nullptr;
  }
  std::string_view mode = "r";
  if (a[1]) {
    if (!is_str(a[1])) {
      return raise(&Exc_TypeError, "open() argument 'mode' must be str, not %s", type_name(a[1]));
    }
    mode = a[1].as<Str>()->view();
  }
  return file_open(a[0], mode, a[3], a[4], a[5], a[6]);
}

// --- numbers ---

static Ref builtin_abs(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("abs", kwnames) || !check_nargs("abs", nargs, 1, 1)) return nullptr;
  return absolute(args[0]);
}

static Ref builtin_round(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("round", args, nargs, kwnames, {"number", "ndigits"}, 1, a)) return nullptr;
  Value method = type_lookup(type_of(a[0]), intern("__round__"));
  if (!method) {
    return raise(&Exc_TypeError, "type %s doesn't define __round__ method", type_name(a[0]));
  }
  Ref bound = getattr(a[0], "__round__");
  if (!bound) return nullptr;
  if (!a[1] || is_none(a[1])) return call0(bound);
  return call1(bound, a[1]);
}

static Ref builtin_divmod(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("divmod", kwnames) || !check_nargs("divmod", nargs, 2, 2)) return nullptr;
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return int_divmod(a, b);
  if ((is_int(a) || is_float(a)) && (is_int(b) || is_float(b))) return float_divmod(a, b);
  for (int reflected = 0; reflected < 2; ++reflected) {
    Value self = reflected ? b : a, other = reflected ? a : b;
    Ref m = getattr_opt(self, Value(intern(reflected ? "__rdivmod__" : "__divmod__")));
    if (!m) {
      if (err_occurred()) return nullptr;
      continue;
    }
    Ref r = call1(m, other);
    if (!r || !r.get().is(NotImplemented())) return r;
  }
  return raise(&Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
               type_name(a), type_name(b));
}

static Ref builtin_pow(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, a)) return nullptr;
  return power(a[0], a[1], a[2] ? a[2] : None());
}

// sum() keeps a C accumulator while the items allow it: small ints, then
// doubles; anything else (or an overflow) continues through binary_op.
static Ref builtin_sum(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("sum", args, nargs, kwnames, {"iterable", "start"}, 1, a, 1)) return nullptr;
  Value start = a[1] ? a[1] : Value::small(0);
  if (is_str(start)) {
    return raise(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (start.is_obj() && type_of(start) == &BytesType) {
    return raise(&Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Ref total = Ref::dup(start);
  Ref item;
  if (total.get().is_small()) {
    intptr_t acc = total.get().small_value();
    for (;;) {
      item = iter_next(it);
      if (!item) break;
      intptr_t r;
      if (item.get().is_small() && !__builtin_add_overflow(acc, item.get().small_value(), &r) &&
          Value::fits_small(r)) {
        acc = r;
        continue;
      }
      break;
    }
    total = Ref::small(acc);
    if (!item) return err_occurred() ? nullptr : std::move(total);
    total = binary_op(total, item, BinOp::Add);
    if (!total) return nullptr;
    item.reset();
  }
  if (is_float(total) && type_of(total) == &FloatType) {
    double acc = float_value(total);
    for (;;) {
      item = iter_next(it);
      if (!item) break;
      if (item.get().is_obj() && type_of(item) == &FloatType) {
        acc += float_value(item);
      } else if (item.get().is_small()) {
        acc += double(item.get().small_value());
      } else {
        break;
      }
    }
    total = new_float(acc);
    if (!total) return nullptr;
    if (!item) return err_occurred() ? nullptr : std::move(total);
    total = binary_op(total, item, BinOp::Add);
    if (!total) return nullptr;
    item.reset();
  }
  while ((item = iter_next(it))) {
    total = binary_op(total, item, BinOp::Add);
    if (!total) return nullptr;
  }
  if (err_occurred()) return nullptr;
  return total;
}

static Ref int_text(const Value* args, size_t nargs, Value kwnames, const char* fname, int base,
                    const char* prefix) {
  if (!no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 1, 1)) return nullptr;
  Ref i = number_index(args[0]);
  if (!i) return nullptr;
  std::string digits = int_to_string(i, base);
  bool negative = digits[0] == '-';
  std::string text(negative ? "-" : "");
  text += prefix;
  text.append(digits, negative ? 1 : 0);
  return new_str(text);
}

static Ref builtin_hex(Value, const Value* a, size_t n, Value k) {
  return int_text(a, n, k, "hex", 16, "0x");
}
static Ref builtin_oct(Value, const Value* a, size_t n, Value k) {
  return int_text(a, n, k, "oct", 8, "0o");
}
static Ref builtin_bin(Value, const Value* a, size_t n, Value k) {
  return int_text(a, n, k, "bin", 2, "0b");
}

static Ref builtin_chr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("chr", kwnames) || !check_nargs("chr", nargs, 1, 1)) return nullptr;
  ptrdiff_t i;
  if (!index_ssize(args[0], &i)) return nullptr;
  if (i < 0 || i > ptrdiff_t(kMaxCodePoint)) {
    return raise(&Exc_ValueError, "chr() arg not in range(0x110000)");
  }
  return str_from_codepoint(uint32_t(i));
}

static Ref builtin_ord(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("ord", kwnames) || !check_nargs("ord", nargs, 1, 1)) return nullptr;
  Value c = args[0];
  if (is_str(c)) {
    Str* s = c.as<Str>();
    if (s->length != 1) {
      return raise(&Exc_TypeError, "ord() expected a character, but string of length %zu found",
                   s->length);
    }
    const char* p = s->data;
    return Ref::small(utf8_next(p));
  }
  if (c.is_obj() && has_flag(c, kTpBytesSubclass)) {
    ptrdiff_t n = length(c);
    if (n < 0) return nullptr;
    if (n != 1) {
      return raise(&Exc_TypeError, "ord() expected a character, but string of length %zd found", n);
    }
    return getitem(c, Value::small(0));
  }
  return raise(&Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(c));
}

// --- iteration ---

static Ref builtin_len(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("len", kwnames) || !check_nargs("len", nargs, 1, 1)) return nullptr;
  ptrdiff_t n = length(args[0]);
  if (n < 0) return nullptr;
  return int_from_i64(n);
}

static Ref builtin_iter(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("iter", kwnames) || !check_nargs("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return get_iter(args[0]);
  if (!type_of(args[0])->call) {
    return raise(&Exc_TypeError, "iter(v, w): v must be callable");
  }
  return new_callable_iter(args[0], args[1]);
}

static Ref builtin_next(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("next", kwnames) || !check_nargs("next", nargs, 1, 2)) return nullptr;
  Type* t = type_of(args[0]);
  if (!t->iternext) return raise(&Exc_TypeError, "'%s' object is not an iterator", t->name);
  Ref r = t->iternext(args[0]);
  if (r || err_occurred()) return r;
  if (nargs == 2) return Ref::dup(args[1]);
  return raise_stop_iteration_for(args[0]);
}

static Ref builtin_sorted(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (nargs != 1) return raise(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
  if (!parse_args("sorted", args, nargs, kwnames, {"iterable", "key", "reverse"}, 1, a, 1, 1)) {
    return nullptr;
  }
  Ref list = list_from_iterable(a[0]);
  if (!list) return nullptr;
  int reverse = 0;
  if (a[2] && (reverse = truthy(a[2])) < 0) return nullptr;
  Value key = a[1] && !is_none(a[1]) ? a[1] : Value();
  if (list_sort(list, key, reverse) < 0) return nullptr;
  return list;
}

// min() and max(): one iterable or several arguments, with key= and
// (for the iterable form) default=.
static Ref min_max(const Value* args, size_t nargs, Value kwnames, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  Value key = Value(), deflt = Value();
  for (size_t i = 0; i < kw_count(kwnames); ++i) {
    std::string_view k = kw_name(kwnames, i);
    if (k == "key") {
      key = args[nargs + i];
    } else if (k == "default") {
      deflt = args[nargs + i];
    } else {
      return raise(&Exc_TypeError, "'%.*s' is an invalid keyword argument for %s()", int(k.size()),
                   k.data(), fname);
    }
  }
  if (key && is_none(key)) key = Value();
  if (nargs == 0) {
    return raise(&Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
  }
  if (nargs > 1 && deflt) {
    return raise(&Exc_TypeError,
                 "Cannot specify a default for %s() with multiple positional arguments", fname);
  }
  Ref seq = nargs == 1 ? Ref::dup(args[0]) : new_tuple_from(args, nargs);
  if (!seq) return nullptr;
  Ref it = get_iter(seq);
  if (!it) return nullptr;
  Ref best, best_key;
  while (Ref item = iter_next(it)) {
    Ref k = key ? call1(key, item) : item.dup();
    if (!k) return nullptr;
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    int better = compare_bool(k, best_key, is_max ? CompareOp::Gt : CompareOp::Lt);
    if (better < 0) return nullptr;
    if (better) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (err_occurred()) return nullptr;
  if (best) return best;
  if (deflt) return Ref::dup(deflt);
  return raise(&Exc_ValueError, "%s() arg is an empty sequence", fname);
}

static Ref builtin_min(Value, const Value* a, size_t n, Value k) { return min_max(a, n, k, false); }
static Ref builtin_max(Value, const Value* a, size_t n, Value k) { return min_max(a, n, k, true); }

static Ref any_all(const Value* args, size_t nargs, Value kwnames, bool want) {
  const char* fname = want ? "any" : "all";
  if (!no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Ref item = iter_next(it)) {
    int t = truthy(item);
    if (t < 0) return nullptr;
    if (bool(t) == want) return bool_ref(want);
  }
  if (err_occurred()) return nullptr;
  return bool_ref(!want);
}

static Ref builtin_any(Value, const Value* a, size_t n, Value k) { return any_all(a, n, k, true); }
static Ref builtin_all(Value, const Value* a, size_t n, Value k) { return any_all(a, n, k, false); }

// --- objects ---

static Ref builtin_isinstance(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("isinstance", kwnames) || !check_nargs("isinstance", nargs, 2, 2)) return nullptr;
  int r = isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

static Ref builtin_issubclass(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("issubclass", kwnames) || !check_nargs("issubclass", nargs, 2, 2)) return nullptr;
  int r = issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

static Ref builtin_id(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("id", kwnames) || !check_nargs("id", nargs, 1, 1)) return nullptr;
  return int_from_u64(args[0].raw());
}

static Ref builtin_hash(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("hash", kwnames) || !check_nargs("hash", nargs, 1, 1)) return nullptr;
  int64_t h = hash(args[0]);
  if (h == -1) return nullptr;
  return int_from_i64(h);
}

static Ref builtin_repr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("repr", kwnames) || !check_nargs("repr", nargs, 1, 1)) return nullptr;
  return repr(args[0]);
}

static Ref builtin_ascii(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("ascii", kwnames) || !check_nargs("ascii", nargs, 1, 1)) return nullptr;
  return ascii(args[0]);
}

static Ref builtin_format(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("format", args, nargs, kwnames, {"value", "format_spec"}, 1, a, 2)) {
    return nullptr;
  }
  if (a[1] && !is_str(a[1])) {
    return raise(&Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
  }
  Ref empty;
  if (!a[1]) {
    empty = new_str("");
    if (!empty) return nullptr;
  }
  return format(a[0], a[1] ? a[1] : Value(empty));
}

static Ref builtin_callable(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("callable", kwnames) || !check_nargs("callable", nargs, 1, 1)) return nullptr;
  return bool_ref(type_of(args[0])->call != nullptr);
}

static Ref builtin_getattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("getattr", kwnames) || !check_nargs("getattr", nargs, 2, 3)) return nullptr;
  if (nargs == 2) return getattr(args[0], args[1]);
  Ref r = getattr_opt(args[0], args[1]);
  if (r || err_occurred()) return r;
  return Ref::dup(args[2]);
}

static Ref builtin_setattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("setattr", kwnames) || !check_nargs("setattr", nargs, 3, 3)) return nullptr;
  if (setattr(args[0], args[1], args[2]) < 0) return nullptr;
  return none_ref();
}

static Ref builtin_delattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("delattr", kwnames) || !check_nargs("delattr", nargs, 2, 2)) return nullptr;
  if (setattr(args[0], args[1], Value()) < 0) return nullptr;
  return none_ref();
}

static Ref builtin_hasattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("hasattr", kwnames) || !check_nargs("hasattr", nargs, 2, 2)) return nullptr;
  int r = hasattr(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

// The running frame's namespaces: locals() of a function is a fresh
// snapshot of its fast locals (CPython 3.11's semantics); module and class
// bodies have a real mapping.
static Value current_globals() {
  Frame* f = tstate()->frame;
  return f ? f->globals : Value();
}

static Ref current_locals() {
  Frame* f = tstate()->frame;
  return f ? frame_locals(f) : new_dict();
}

static Ref builtin_globals(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("globals", kwnames) || !check_nargs("globals", nargs, 0, 0)) return nullptr;
  Value g = current_globals();
  return g ? Ref::dup(g) : new_dict();
}

static Ref builtin_locals(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("locals", kwnames) || !check_nargs("locals", nargs, 0, 0)) return nullptr;
  return current_locals();
}

static Ref builtin_vars(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("vars", kwnames) || !check_nargs("vars", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return current_locals();
  Ref d = getattr_opt(args[0], Value(intern("__dict__")));
  if (!d && !err_occurred()) {
    return raise(&Exc_TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// --- exec / eval / compile ---

// The text of a source argument (str, bytes or bytearray); false without
// an error when it is none of those.
static bool source_text(Value src, std::string_view* text) {
  if (is_str(src)) {
    *text = src.as<Str>()->view();
    return true;
  }
  return bytes_like_view(src, text);
}

static bool parse_mode(Value mode, grammar::Mode* out) {
  std::string_view m = is_str(mode) ? mode.as<Str>()->view() : std::string_view();
  if (!is_str(mode)) {
    raise(&Exc_TypeError, "compile() argument 'mode' must be str, not %s", type_name(mode));
    return false;
  }
  if (m == "exec") {
    *out = grammar::Mode::Exec;
  } else if (m == "eval") {
    *out = grammar::Mode::Eval;
  } else if (m == "single") {
    *out = grammar::Mode::Single;
  } else {
    raise(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return false;
  }
  return true;
}

static Ref builtin_compile(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[7] = {};
  if (!parse_args(
          "compile", args, nargs, kwnames,
          {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
          3, a, 0, 6)) {
    return nullptr;
  }
  std::string_view text;
  if (!source_text(a[0], &text)) {
    return raise(&Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  std::string_view filename;
  if (!source_text(a[1], &filename)) {
    return raise(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(a[1]));
  }
  grammar::Mode mode;
  if (!parse_mode(a[2], &mode)) return nullptr;
  if (a[3]) {
    int64_t flags;
    if (!int_as_i64(a[3], &flags)) return nullptr;
    // CPython's PyCF_* bits (AST output, incomplete input, ...) are not
    // supported; the __future__ feature bits change nothing in 3.11.
    constexpr int64_t kCompilerFlags = 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
    constexpr int64_t kFutureFlags = 0x1fe0000;
    if (flags & ~(kCompilerFlags | kFutureFlags)) {
      return raise(&Exc_ValueError, "compile(): unrecognised flags");
    }
    if (flags & kCompilerFlags) {
      return raise(&Exc_NotImplementedError, "compile() flags 0x%llx are not supported",
                   static_cast<unsigned long long>(flags & kCompilerFlags));
    }
  }
  return compile_source(text, filename, mode);
}

// exec and eval: run a string (compiled here) or a code object in the
// given namespaces, defaulting to the caller's.
static Ref run_source(const char* fname, const Value* args, size_t nargs, Value kwnames,
                      grammar::Mode mode) {
  Value a[3] = {};
  if (!parse_args(fname, args, nargs, kwnames, {"source", "globals", "locals"}, 1, a, 3)) {
    return nullptr;
  }
  Value globals = a[1] && !is_none(a[1]) ? a[1] : Value();
  Value locals = a[2] && !is_none(a[2]) ? a[2] : Value();
  if (globals && !is_dict(globals)) {
    if (mode == grammar::Mode::Exec) {
      return raise(&Exc_TypeError, "exec() globals must be a dict, not %s", type_name(globals));
    }
    return raise(&Exc_TypeError, type_of(globals)->getitem
                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                     : "globals must be a dict");
  }
  if (locals && !type_of(locals)->getitem) {
    return raise(&Exc_TypeError, "locals must be a mapping");
  }
  Ref caller_locals;
  if (!globals) {
    globals = current_globals();
    if (!globals) return raise(&Exc_SystemError, "%s() called without a running frame", fname);
    if (!locals) {
      caller_locals = current_locals();
      if (!caller_locals) return nullptr;
      locals = caller_locals;
    }
  } else if (!locals) {
    locals = globals;
  }
  static Str* const kBuiltinsName = intern("__builtins__");
  if (!dict_get_str(globals, kBuiltinsName) &&
      dict_set(globals, Value(kBuiltinsName), builtins_dict()) < 0) {
    return nullptr;
  }
  Ref code;
  if (type_of(a[0]) == &CodeType) {
    code = Ref::dup(a[0]);
  } else {
    std::string_view text;
    if (!source_text(a[0], &text)) {
      return raise(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (mode == grammar::Mode::Eval) {
      while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
    }
    code = compile_source(text, "<string>", mode);
    if (!code) return nullptr;
  }
  Ref r = eval_code(code, globals, locals);
  if (!r || mode == grammar::Mode::Eval) return r;
  return none_ref();
}

static Ref builtin_exec(Value, const Value* a, size_t n, Value k) {
  return run_source("exec", a, n, k, grammar::Mode::Exec);
}
static Ref builtin_eval(Value, const Value* a, size_t n, Value k) {
  return run_source("eval", a, n, k, grammar::Mode::Eval);
}

static int add_keys(Value names, Value mapping) {
  if (!mapping || !is_dict(mapping)) return 0;
  size_t pos = 0;
  Value k, v;
  while (dict_next(mapping, &pos, &k, &v)) {
    if (set_add(names, k) < 0) return -1;
  }
  return 0;
}

static Ref builtin_dir(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("dir", kwnames) || !check_nargs("dir", nargs, 0, 1)) return nullptr;
  Ref names = new_set();
  if (!names) return nullptr;
  if (nargs == 0) {
    Ref l = current_locals();
    if (!l || add_keys(names, l) < 0) return nullptr;
  } else {
    Value obj = args[0];
    Type* t = type_of(obj);
    if (Value custom = type_lookup(t, intern("__dir__"));
        custom && t != &ModuleType && type_of(custom) != &MethodDescrType) {
      Ref r = call_method(obj, "__dir__", nullptr, 0);
      if (!r) return nullptr;
      Ref l = list_from_iterable(r);
      if (!l || list_sort(l, Value(), false) < 0) return nullptr;
      return l;
    }
    Ref d = getattr_opt(obj, Value(intern("__dict__")));
    if (!d && err_occurred()) return nullptr;
    if (add_keys(names, d) < 0) return nullptr;
    if (t != &ModuleType) {
      bool is_type = has_flag(obj, kTpTypeSubclass);
      Value mro = is_type ? obj.as<Type>()->mro.get() : t->mro.get();
      for (Value base : *mro.as<Tuple>()) {
        if (add_keys(names, base.as<Type>()->dict) < 0) return nullptr;
      }
    }
  }
  Ref l = list_from_iterable(names);
  if (!l || list_sort(l, Value(), false) < 0) return nullptr;
  return l;
}

static Ref builtin_import(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[5] = {};
  if (!parse_args("__import__", args, nargs, kwnames,
                  {"name", "globals", "locals", "fromlist", "level"}, 1, a)) {
    return nullptr;
  }
  if (!is_str(a[0])) return raise(&Exc_TypeError, "module name must be a string");
  int64_t level = 0;
  if (a[4] && !int_as_i64(a[4], &level)) return nullptr;
  return import_name(a[0], a[1] && !is_none(a[1]) ? a[1] : Value(), a[3], int(level));
}

static Ref builtin_exit(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("exit", kwnames) || !check_nargs("exit", nargs, 0, 1)) return nullptr;
  Ref t = new_tuple_from(args, nargs);
  if (!t) return nullptr;
  return raise_with_args(&Exc_SystemExit, t);
}

static const MethodDef kBuiltins[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"open", builtin_open},
    {"abs", builtin_abs},
    {"round", builtin_round},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"sum", builtin_sum},
    {"hex", builtin_hex},
    {"oct", builtin_oct},
    {"bin", builtin_bin},
    {"chr", builtin_chr},
    {"ord", builtin_ord},
    {"len", builtin_len},
    {"iter", builtin_iter},
    {"next", builtin_next},
    {"sorted", builtin_sorted},
    {"min", builtin_min},
    {"max", builtin_max},
    {"any", builtin_any},
    {"all", builtin_all},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"id", builtin_id},
    {"hash", builtin_hash},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"format", builtin_format},
    {"callable", builtin_callable},
    {"getattr", builtin_getattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"hasattr", builtin_hasattr},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"__import__", builtin_import},
    {"exec", builtin_exec},
    {"eval", builtin_eval},
    {"compile", builtin_compile},
    {"exit", builtin_exit},
    {"quit", builtin_exit},
    {"__build_class__", build_class},
    {nullptr, nullptr},
};

Ref builtins_module_create() {
  Ref m = new_module("builtins");
  if (!m) return nullptr;
  Ref modname = new_str("builtins");
  if (!modname) return nullptr;
  for (const MethodDef* def = kBuiltins; def->name; ++def) {
    Ref f = new_builtin_function(def, Value(), modname);
    if (!f || module_add_object(m, def->name, f) < 0) return nullptr;
  }
  struct Named {
    const char* name;
    Value v;
  };
  const Named objects[] = {
      {"None", None()},
      {"True", True()},
      {"False", False()},
      {"Ellipsis", Value(&EllipsisObject)},
      {"NotImplemented", NotImplemented()},
      {"__debug__", True()},
      {"object", Value(&ObjectType)},
      {"type", Value(&TypeType)},
      {"int", Value(&IntType)},
      {"bool", Value(&BoolType)},
      {"float", Value(&FloatType)},
      {"str", Value(&StrType)},
      {"bytes", Value(&BytesType)},
      {"bytearray", Value(&ByteArrayType)},
      {"list", Value(&ListType)},
      {"tuple", Value(&TupleType)},
      {"dict", Value(&DictType)},
      {"set", Value(&SetType)},
      {"frozenset", Value(&FrozenSetType)},
      {"slice", Value(&SliceType)},
      {"range", Value(&RangeType)},
      {"enumerate", Value(&EnumerateType)},
      {"zip", Value(&ZipType)},
      {"map", Value(&MapType)},
      {"filter", Value(&FilterType)},
      {"reversed", Value(&ReversedType)},
      {"property", Value(&PropertyType)},
      {"staticmethod", Value(&StaticMethodType)},
      {"classmethod", Value(&ClassMethodType)},
      {"super", Value(&SuperType)},
  };
  for (const Named& o : objects) {
    if (module_add_object(m, o.name, o.v) < 0) return nullptr;
  }
#define EXC(name, base) \
  if (module_add_object(m, #name, Value(&Exc_##name)) < 0) return nullptr;
#include "runtime/exceptions.def"
#undef EXC
  // CPython's aliases of OSError.
  if (module_add_object(m, "IOError", Value(&Exc_OSError)) < 0 ||
      module_add_object(m, "EnvironmentError", Value(&Exc_OSError)) < 0) {
    return nullptr;
  }
  return m;
}

}  // namespace gp
