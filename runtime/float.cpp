// float: IEEE doubles with CPython's semantics.
//
// Binary slots take any mix of float, int and bool (an int operand is
// converted with correct rounding, raising OverflowError when too large), so
// `1 + 2.5` reaches float's slot after int's declines. Division and modulo
// use floor semantics with the remainder taking the divisor's sign. Mixed
// comparisons are exact: 2**53 + 1 != 2.0**53 even though both convert to
// the same double. repr and round() are correctly rounded: repr takes the
// shortest round-trip digits from std::to_chars and lays them out like
// CPython; round(x, n) rounds the exact binary value with GMP, so
// round(2.675, 2) == 2.67 as in CPython.
#include "runtime/float.h"

#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type FloatType;

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;
// round(x, n) is the identity beyond this many digits and 0 below the
// negative bound (CPython's NDIGITS_MAX / NDIGITS_MIN).
constexpr int64_t kRoundDigitsMax = 323;
constexpr int64_t kRoundDigitsMin = -308;

// Freed exact floats are recycled through a small per-thread free list (as
// CPython does): float-heavy loops allocate and free one object per
// operation, and a list pop is far cheaper than the allocator. Entries are
// linked through their type field; the list is released when the thread
// state is cleared, while the thread still holds the GIL (the TLS destructor
// is a fallback for threads without one).
constexpr int kMaxFreeFloats = 100;

struct FloatFreeList {
  FloatObject* head = nullptr;
  int count = 0;
  void clear() {
    while (head) {
      FloatObject* next = reinterpret_cast<FloatObject*>(head->type);
      gp_free(head);
      head = next;
    }
    count = 0;
  }
  ~FloatFreeList() { clear(); }
};
thread_local FloatFreeList float_free_list;

}  // namespace

void float_clear_free_list() { float_free_list.clear(); }

namespace {

void float_dealloc(Object* o) {
  FloatFreeList& fl = float_free_list;
  if (o->type == &FloatType && fl.count < kMaxFreeFloats) {
    o->type = reinterpret_cast<Type*>(fl.head);
    fl.head = static_cast<FloatObject*>(o);
    ++fl.count;
    return;
  }
  destroy_object<FloatObject>(o);
}

// Writes repr(d) into buf (at least 32 bytes); returns the length.
size_t float_repr_buf(double d, char* buf) {
  char* out = buf;
  if (std::isnan(d)) return std::memcpy(buf, "nan", 3), 3;
  if (std::signbit(d)) *out++ = '-';
  if (std::isinf(d)) return std::memcpy(out, "inf", 3), size_t(out + 3 - buf);
  char sci[32];
  char* end = std::to_chars(sci, sci + sizeof sci, std::fabs(d), std::chars_format::scientific).ptr;
  // sci is "D[.DDD]e±XX": collect the digits and the decimal exponent.
  char digits[24];
  size_t nd = 0;
  const char* p = sci;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits[nd++] = *p;
  int exp10 = 0;
  bool neg_exp = p[1] == '-';
  for (p += 2; p < end; ++p) exp10 = exp10 * 10 + (*p - '0');
  if (neg_exp) exp10 = -exp10;
  int decpt = exp10 + 1;  // digits are 0.DDD * 10**decpt
  if (decpt <= -4 || decpt > 16) {
    *out++ = digits[0];
    if (nd > 1) {
      *out++ = '.';
      std::memcpy(out, digits + 1, nd - 1);
      out += nd - 1;
    }
    out += std::snprintf(out, 8, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
  } else if (decpt <= 0) {
    *out++ = '0';
    *out++ = '.';
    for (int i = 0; i < -decpt; ++i) *out++ = '0';
    std::memcpy(out, digits, nd);
    out += nd;
  } else if (size_t(decpt) >= nd) {
    std::memcpy(out, digits, nd);
    out += nd;
    for (size_t i = nd; i < size_t(decpt); ++i) *out++ = '0';
    *out++ = '.';
    *out++ = '0';
  } else {
    std::memcpy(out, digits, decpt);
    out += decpt;
    *out++ = '.';
    std::memcpy(out, digits + decpt, nd - decpt);
    out += nd - decpt;
  }
  return size_t(out - buf);
}

Ref float_repr_slot(Value v) {
  char buf[32];
  size_t n = float_repr_buf(float_value(v), buf);
  return new_str(std::string_view(buf, n));
}

// Converts an operand of a float slot: 1 done, 0 not a number type (the
// slot returns NotImplemented), -1 error (int too large).
GP_INLINE int coerce(Value v, double* out) {
  if (is_float(v)) {
    *out = float_value(v);
    return 1;
  }
  if (v.is_small()) {
    *out = double(v.small_value());
    return 1;
  }
  if (!is_int(v)) return 0;
  bool overflow;
  *out = int_to_double(v, &overflow);
  if (overflow) {
    raise(&Exc_OverflowError, "int too large to convert to float");
    return -1;
  }
  return 1;
}

#define FLOAT_OPERANDS(a, b, x, y)                              \
  double x, y;                                                  \
  {                                                             \
    int ca_ = coerce(a, &x);                                    \
    if (ca_ <= 0) return ca_ ? nullptr : not_implemented_ref(); \
    int cb_ = coerce(b, &y);                                    \
    if (cb_ <= 0) return cb_ ? nullptr : not_implemented_ref(); \
  }

// Python's float modulo: the result takes the divisor's sign.
double float_mod_core(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

// floor(x / y) computed from the exact remainder, as CPython does, so that
// x == y * q + r holds as closely as doubles allow.
double float_floordiv_core(double x, double y) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0.0 && ((y < 0) != (mod < 0))) div -= 1.0;
  if (div == 0.0) return std::copysign(0.0, x / y);
  double q = std::floor(div);
  if (div - q > 0.5) q += 1.0;
  return q;
}

Ref float_add(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x + y);
}
Ref float_sub(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x - y);
}
Ref float_mul(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return new_float(x * y);
}
Ref float_truediv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(&Exc_ZeroDivisionError, "float division by zero");
  return new_float(x / y);
}
Ref float_floordiv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(&Exc_ZeroDivisionError, "float floor division by zero");
  return new_float(float_floordiv_core(x, y));
}
Ref float_mod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(&Exc_ZeroDivisionError, "float modulo");
  return new_float(float_mod_core(x, y));
}
}  // namespace

Ref float_divmod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return raise(&Exc_ZeroDivisionError, "float divmod()");
  Ref q = new_float(float_floordiv_core(x, y));
  Ref r = new_float(float_mod_core(x, y));
  if (!q || !r) return nullptr;
  return new_tuple({q, r});
}

namespace {

Ref float_pow_slot(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_pow(x, y);
}
Ref float_power(Value a, Value b, Value m) {
  if (!is_none(m)) {
    if (!(is_float(a) || is_int(a)) || !(is_float(b) || is_int(b))) return not_implemented_ref();
    return raise(&Exc_TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return float_pow_slot(a, b);
}
#undef FLOAT_OPERANDS

Ref float_negative(Value v) { return new_float(-float_value(v)); }
Ref float_exact(Value v) {
  if (v.obj()->type == &FloatType) return Ref::dup(v);
  return new_float(float_value(v));
}
Ref float_absolute(Value v) { return new_float(std::fabs(float_value(v))); }
int float_truthy(Value v) { return float_value(v) != 0.0; }
Ref float_to_int(Value v) { return int_from_double(float_value(v)); }

Ref float_richcompare(Value a, Value b, CompareOp op) {
  double x, y;
  int c;  // -1, 0, 1, or 2 for unordered (NaN)
  if (is_float(a) && is_float(b)) {
    x = float_value(a);
    y = float_value(b);
    c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  } else if (is_float(a) && is_int(b)) {
    x = float_value(a);
    c = std::isnan(x) ? 2 : float_compare_int(x, b);
  } else if (is_int(a) && is_float(b)) {
    y = float_value(b);
    c = std::isnan(y) ? 2 : -float_compare_int(y, a);
  } else {
    return not_implemented_ref();
  }
  bool r = false;
  switch (op) {
    case CompareOp::Lt:
      r = c == -1;
      break;
    case CompareOp::Le:
      r = c == -1 || c == 0;
      break;
    case CompareOp::Eq:
      r = c == 0;
      break;
    case CompareOp::Ne:
      r = c != 0;
      break;
    case CompareOp::Gt:
      r = c == 1;
      break;
    case CompareOp::Ge:
      r = c == 1 || c == 0;
      break;
  }
  return bool_ref(r);
}

int64_t float_hash_slot(Value v) {
  double d = float_value(v);
  if (!std::isnan(d)) return float_hash(d);
  // NaNs hash by identity (CPython 3.10+), so distinct NaNs spread out.
  uintptr_t y = v.raw();
  int64_t h = int64_t((y >> 4) | (y << (8 * sizeof(y) - 4)));
  return h == -1 ? -2 : h;
}

std::nullptr_t raise_cannot_convert(Value src) {
  Ref r = repr(src);
  if (!r) return nullptr;
  std::string_view rv = r.as<Str>()->view();
  return raise(&Exc_ValueError, "could not convert string to float: %.*s", int(rv.size()),
               rv.data());
}

Ref float_from_text(Value v) {
  std::string bytes;  // converted text, when not read in place
  std::string_view text;
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->ascii) {
      text = s->view();
    } else {
      bytes = numeric_text_to_ascii(s->view());
      text = bytes;
    }
  } else {
    bytes_like_view(v, &text);
  }
  double d;
  if (!float_parse(text, &d)) return raise_cannot_convert(v);
  return new_float(d);
}

Ref float_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("float", kwnames)) return nullptr;
  if (nargs > 1) return raise(&Exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
  Ref r = nargs ? float_from_value(args[0]) : new_float(0.0);
  if (!r || t == &FloatType) return r;
  size_t size = t->basicsize > sizeof(FloatObject) ? t->basicsize : sizeof(FloatObject);
  FloatObject* o = alloc_object<FloatObject>(t, size);
  if (!o) return nullptr;
  o->value = float_value(r);
  return Ref::steal(Value(o));
}

// ---- methods ----

bool no_args(const char* name, size_t nargs, Value kwnames) {
  return check_nargs(name, nargs, 0, 0) && no_kwargs(name, kwnames);
}

Ref float_is_integer(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("is_integer", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  return bool_ref(std::isfinite(d) && d == std::floor(d));
}

// d == m * 2**e exactly, with m an integer of at most 53 bits.
void decompose(double d, int64_t* m, int* e) {
  double f = std::frexp(d, e);
  *m = int64_t(std::ldexp(f, DBL_MANT_DIG));
  *e -= DBL_MANT_DIG;
}

Ref float_as_integer_ratio(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("as_integer_ratio", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  if (std::isinf(d)) return raise(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(&Exc_ValueError, "cannot convert NaN to integer ratio");
  int64_t m;
  int e;
  decompose(d, &m, &e);
  Mpz num, den;
  mpz_set_si(num, m);
  mpz_set_ui(den, 1);
  if (m != 0 && e < 0) {
    int k = std::min(__builtin_ctzll(uint64_t(m)), -e);  // reduce by common powers of two
    mpz_fdiv_q_2exp(num, num, k);
    mpz_mul_2exp(den, den, -e - k);
  } else if (e > 0) {
    mpz_mul_2exp(num, num, e);
  }
  Ref n = int_from_mpz_move(num), dn = int_from_mpz_move(den);
  if (!n || !dn) return nullptr;
  return new_tuple({n, dn});
}

Ref float_hex(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("hex", nargs, kwnames)) return nullptr;
  double d = float_value(self);
  if (!std::isfinite(d)) return float_repr_slot(self);
  std::string s = std::signbit(d) ? "-0x" : "0x";
  if (d == 0.0) return new_str(s + "0.0p+0");
  int e;
  double m = std::frexp(std::fabs(d), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);  // subnormals print as 0x0.xxx
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  int lead = int(m);
  s += kHex[lead];
  m -= lead;
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    int digit = int(m);
    s += kHex[digit];
    m -= digit;
  }
  char exp[16];
  std::snprintf(exp, sizeof exp, "p%+d", e);
  return new_str(s + exp);
}

// "inf", "infinity" or "nan" in any case.
bool parse_special(std::string_view s, double* out) {
  auto eq = [&](std::string_view word) {
    if (s.size() != word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
      if ((s[i] | 0x20) != word[i]) return false;
    return true;
  };
  if (eq("inf") || eq("infinity")) return *out = HUGE_VAL, true;
  if (eq("nan")) return *out = NAN, true;
  return false;
}

std::string_view strip(std::string_view s) {
  while (!s.empty() && is_number_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_number_space(s.back())) s.remove_suffix(1);
  return s;
}

Ref float_fromhex(Value cls, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("fromhex", nargs, 1, 1) || !no_kwargs("fromhex", kwnames)) return nullptr;
  if (!is_str(args[0]))
    return raise(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  std::string_view s = strip(args[0].as<Str>()->view());
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  double d;
  if (!parse_special(s, &d)) {
    if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s.remove_prefix(2);
    // Rebuild as an integer hex mantissa plus a binary exponent so strtod
    // needs no locale-dependent radix character.
    std::string mant = "0x";
    size_t i = 0, ndigits = 0;
    int64_t frac_digits = 0;
    bool dot = false;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c == '.' && !dot) {
        dot = true;
      } else if (std::isxdigit(static_cast<unsigned char>(c))) {
        mant += c;
        ++ndigits;
        frac_digits += dot;
      } else {
        break;
      }
    }
    int64_t exp = 0;
    bool ok = ndigits > 0;
    if (ok && i < s.size() && (s[i] | 0x20) == 'p') {
      ++i;
      bool eneg = false;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
      size_t start = i;
      for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
        if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[i] - '0');
      ok = i > start;
      if (eneg) exp = -exp;
    }
    if (!ok || i != s.size())
      return raise(&Exc_ValueError, "invalid hexadecimal floating-point string");
    mant += 'p' + std::to_string(exp - 4 * frac_digits);
    errno = 0;
    d = std::strtod(mant.c_str(), nullptr);
    if (std::isinf(d))
      return raise(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
  }
  Ref r = new_float(neg ? -d : d);
  if (!r || cls.is(Value(&FloatType))) return r;
  return call1(cls, r);
}

Ref float_conjugate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("conjugate", nargs, kwnames)) return nullptr;
  return float_exact(self);
}

Ref float_round(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value nd = Value();
  if (!parse_args("__round__", args, nargs, kwnames, {"ndigits"}, 0, &nd)) return nullptr;
  double x = float_value(self);
  if (!nd || is_none(nd)) return int_from_double(std::nearbyint(x));  // half to even
  Ref ndigits = number_index(nd);
  if (!ndigits) return nullptr;
  int64_t n;
  if (!int_to_i64(ndigits, &n)) n = int_sign(ndigits) > 0 ? INT64_MAX : INT64_MIN;
  if (!std::isfinite(x) || x == 0.0 || n > kRoundDigitsMax) return new_float(x);
  if (n < kRoundDigitsMin) return new_float(0.0 * x);
  // Round the exact binary value m * 2**e at 10**-n, half to even.
  int64_t m;
  int e;
  decompose(x, &m, &e);
  Mpz num, den, pow10, q;
  mpz_set_si(num, m);
  mpz_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, e);
  if (e < 0) mpz_mul_2exp(den, den, -e);
  mpz_ui_pow_ui(pow10, 10, uint64_t(n < 0 ? -n : n));
  if (n >= 0) {
    mpz_mul(num, num, pow10);
  } else {
    mpz_mul(den, den, pow10);
  }
  mpz_div_round_half_even(q, num, den);
  double r;
  bool ok;
  if (n >= 0) {
    ok = mpz_true_divide(q, pow10, &r);
  } else {
    mpz_mul(q, q, pow10);
    ok = mpz_to_double(q, &r);
  }
  if (!ok) return raise(&Exc_OverflowError, "rounded value too large to represent");
  return new_float(r == 0.0 ? std::copysign(0.0, x) : r);
}

constexpr char kTrunc[] = "__trunc__";
constexpr char kFloor[] = "__floor__";
constexpr char kCeil[] = "__ceil__";

template <const char* Name, double (*Fn)(double)>
Ref float_to_int_method(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args(Name, nargs, kwnames)) return nullptr;
  return int_from_double(Fn(float_value(self)));
}

Ref float_getnewargs(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("__getnewargs__", nargs, kwnames)) return nullptr;
  Ref f = float_exact(self);
  if (!f) return nullptr;
  return new_tuple({f});
}

Ref float_divmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("__divmod__", nargs, 1, 1) || !no_kwargs("__divmod__", kwnames)) return nullptr;
  return float_divmod(self, args[0]);
}

Ref float_rdivmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("__rdivmod__", nargs, 1, 1) || !no_kwargs("__rdivmod__", kwnames))
    return nullptr;
  return float_divmod(args[0], self);
}

double trunc_fn(double d) { return std::trunc(d); }
double floor_fn(double d) { return std::floor(d); }
double ceil_fn(double d) { return std::ceil(d); }

const MethodDef float_methods[] = {
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"hex", float_hex},
    {"fromhex", float_fromhex, kMethClass},
    {"conjugate", float_conjugate},
    {"__round__", float_round},
    {kTrunc, float_to_int_method<kTrunc, trunc_fn>},
    {kFloor, float_to_int_method<kFloor, floor_fn>},
    {kCeil, float_to_int_method<kCeil, ceil_fn>},
    {"__getnewargs__", float_getnewargs},
    {"__divmod__", float_divmod_method},
    {"__rdivmod__", float_rdivmod_method},
    {"__format__", number_format_method},
    {nullptr, nullptr},
};

Ref float_get_real(Value self) { return float_exact(self); }
Ref float_get_imag(Value) { return new_float(0.0); }

const GetSetDef float_getset[] = {
    {"real", float_get_real, nullptr},
    {"imag", float_get_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

NumberSlots float_number;

TypeRegistrar float_reg(&FloatType, [](Type& t) {
  t.name = "float";
  t.basicsize = sizeof(FloatObject);
  t.flags = kTpBaseType | kTpFloatSubclass;
  t.base = &ObjectType;
  t.dealloc = float_dealloc;
  t.repr = float_repr_slot;
  t.str = float_repr_slot;
  t.hash = float_hash_slot;
  t.richcompare = float_richcompare;
  auto& b = float_number.binary;
  b[int(BinOp::Add)] = float_add;
  b[int(BinOp::Sub)] = float_sub;
  b[int(BinOp::Mul)] = float_mul;
  b[int(BinOp::TrueDiv)] = float_truediv;
  b[int(BinOp::FloorDiv)] = float_floordiv;
  b[int(BinOp::Mod)] = float_mod;
  b[int(BinOp::Pow)] = float_pow_slot;
  float_number.power = float_power;
  float_number.negative = float_negative;
  float_number.positive = float_exact;
  float_number.absolute = float_absolute;
  float_number.truthy = float_truthy;
  float_number.to_int = float_to_int;
  float_number.to_float = float_exact;
  t.number = &float_number;
  t.new_ = float_new;
  t.methods = float_methods;
  t.getset = float_getset;
});

}  // namespace

Ref new_float(double d) {
  FloatFreeList& fl = float_free_list;
  if (FloatObject* f = fl.head) {
    fl.head = reinterpret_cast<FloatObject*>(f->type);
    --fl.count;
    init_refcount(f);
    f->type = &FloatType;
    f->value = d;
    return Ref::steal(Value(f));
  }
  FloatObject* f = alloc_object<FloatObject>(&FloatType);
  if (!f) return nullptr;
  f->value = d;
  return Ref::steal(Value(f));
}

// CPython's order: exact float, __float__, __index__, float subclass, text.
Ref float_from_value(Value v) {
  Type* t = type_of(v);
  if (t == &FloatType) return Ref::dup(v);
  if (t->number && t->number->to_float) {
    Ref r = t->number->to_float(v);
    if (!r) return nullptr;
    if (!is_float(r))
      return raise(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                   type_name(r));
    return float_exact(r);
  }
  if (t->number && t->number->index) {
    Ref i = number_index(v);
    if (!i) return nullptr;
    double d;
    if (!to_double(i, &d)) return nullptr;
    return new_float(d);
  }
  if (is_float(v)) return new_float(float_value(v));
  if (is_str(v) || is_bytes_like(v)) return float_from_text(v);
  return raise(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
               type_name(v));
}

bool to_double(Value v, double* out) {
  int c = coerce(v, out);
  if (c == 0) raise(&Exc_TypeError, "must be real number, not %s", type_name(v));
  return c > 0;
}

bool float_as_double(Value v, double* out) {
  if (is_float(v) || is_int(v)) return to_double(v, out);
  Type* t = type_of(v);
  if (!t->number || (!t->number->to_float && !t->number->index)) {
    raise(&Exc_TypeError, "must be real number, not %s", type_name(v));
    return false;
  }
  Ref f = float_from_value(v);
  if (!f) return false;
  *out = float_value(f);
  return true;
}

std::string float_repr(double d) {
  char buf[32];
  return std::string(buf, float_repr_buf(d, buf));
}

int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
  if (std::isnan(d)) return 0;
  if (d == std::trunc(d) && std::fabs(d) < 4e18) return int_hash(Value::small(int64_t(d)));
  // Reduce |d| = m * 2**e modulo 2**61 - 1, 28 bits of mantissa at a time;
  // multiplying by 2**k is a rotation in this modulus.
  int e;
  double m = std::frexp(d, &e);
  bool neg = m < 0;
  if (neg) m = -m;
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  int64_t h = neg ? -int64_t(x) : int64_t(x);
  return h == -1 ? -2 : h;
}

std::string float_format(double v, char type, int precision, bool alt, bool add_dot_0) {
  if (type == 'r') return float_repr(v);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!std::isfinite(v)) {
    const char* text = std::isnan(v) ? (upper ? "NAN" : "nan")
                       : v > 0       ? (upper ? "INF" : "inf")
                                     : (upper ? "-INF" : "-inf");
    return text;
  }
  char fmt[8] = "%";
  size_t f = 1;
  if (alt) fmt[f++] = '#';
  fmt[f++] = '.';
  fmt[f++] = '*';
  fmt[f++] = type;
  fmt[f] = '\0';
  char small[64];
  int n = std::snprintf(small, sizeof small, fmt, precision, v);
  std::string s;
  if (n < int(sizeof small)) {
    s.assign(small, n);
  } else {
    s.resize(n + 1);
    std::snprintf(s.data(), n + 1, fmt, precision, v);
    s.resize(n);
  }
  if (add_dot_0 && s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

bool float_parse(std::string_view text, double* out) {
  std::string_view s = strip(text);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  double d;
  if (parse_special(s, &d)) {
    *out = neg ? -d : d;
    return true;
  }
  // Validate [digits][.digits][e[sign]digits] with '_' only between digits,
  // and copy it without underscores for from_chars (locale-independent).
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  char stack_buf[64];
  std::string heap_buf;
  char* buf = stack_buf;
  if (s.size() + 1 > sizeof stack_buf) {
    heap_buf.resize(s.size() + 1);
    buf = heap_buf.data();
  }
  size_t n = 0, i = 0, mant_digits = 0;
  int64_t int_digits = 0, lead_frac_zeros = 0;  // for the out-of-range direction
  bool seen_nonzero = false, dot = false;
  auto scan_digits = [&](bool mantissa) {
    size_t count = 0;
    while (i < s.size()) {
      if (digit(i)) {
        char c = s[i++];
        buf[n++] = c;
        ++count;
        if (mantissa) {
          seen_nonzero |= c != '0';
          if (!dot && seen_nonzero) ++int_digits;
          if (dot && !seen_nonzero) ++lead_frac_zeros;
        }
      } else if (s[i] == '_' && count > 0 && digit(i + 1)) {
        ++i;
      } else {
        break;
      }
    }
    return count;
  };
  mant_digits += scan_digits(true);
  if (i < s.size() && s[i] == '.') {
    buf[n++] = '.';
    ++i;
    dot = true;
    mant_digits += scan_digits(true);
  }
  if (mant_digits == 0) return false;
  int64_t exp = 0;
  if (i < s.size() && (s[i] | 0x20) == 'e') {
    buf[n++] = 'e';
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) buf[n++] = s[i++];
    size_t start = n;
    if (scan_digits(false) == 0) return false;
    for (size_t k = start; k < n; ++k)
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (buf[k] - '0');
    if (buf[start - 1] == '-') exp = -exp;
  }
  if (i != s.size()) return false;
  auto r = std::from_chars(buf, buf + n, d);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars leaves d unset: decide between overflow and underflow from
    // the decimal magnitude.
    int64_t magnitude = int_digits > 0 ? int_digits + exp : exp - lead_frac_zeros;
    d = magnitude > 0 ? HUGE_VAL : 0.0;
  } else if (r.ec != std::errc() || r.ptr != buf + n) {
    return false;
  }
  *out = neg ? -d : d;
  return true;
}

Ref float_pow(double iv, double iw) {
  if (iw == 0.0 || iv == 1.0) return new_float(1.0);  // even when the other is NaN
  if (std::isnan(iv)) return new_float(iv);
  if (std::isnan(iw)) return new_float(iw);
  bool iw_odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0) return new_float(1.0);
    return new_float((iw > 0.0) == (a > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(iv)) {
    if (iw > 0.0) return new_float(iw_odd ? iv : std::fabs(iv));
    return new_float(iw_odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0) return raise(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return new_float(iw_odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return raise(&Exc_ValueError, "complex numbers are not supported");
    iv = -iv;
    negate = iw_odd;
  }
  if (iv == 1.0) return new_float(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) {
    Ref msg = new_str("Numerical result out of range");
    if (!msg) return nullptr;
    Ref args = new_tuple({Value::small(ERANGE), msg});
    if (!args) return nullptr;
    return raise_with_args(&Exc_OverflowError, args);
  }
  return new_float(negate ? -r : r);
}

int float_compare_int(double d, Value i) {
  if (std::isinf(d)) return d > 0 ? 1 : -1;
  constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
  int64_t s;
  if (int_is_small(i, &s) && s >= -kExact && s <= kExact) {
    double x = double(s);
    return (d > x) - (d < x);
  }
  // Compare floor(d), an exact integer, then the fractional part.
  double fl = std::floor(d);
  Mpz f;
  mpz_set_d(f, fl);
  int c = mpz_cmp(f, MpzView(i));
  if (c != 0) return c > 0 ? 1 : -1;
  return d > fl ? 1 : 0;
}

}  // namespace gp
