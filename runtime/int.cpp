// int: tagged small ints plus GMP-backed big ints.
//
// Every operation first tries the small-int path (both operands tagged, the
// machine result checked with __builtin_*_overflow or the 63-bit range) and
// only then builds read-only mpz views of its operands (MpzView: no copy, no
// allocation for small operands) and computes into a scratch Mpz whose limbs
// are moved, not copied, into the resulting BigInt. Results are normalised:
// an exact BigInt never holds a value of the small range, so two equal ints
// are either both tagged or both big.
//
// Division and conversion to float follow CPython exactly: floor semantics
// for // and %, correctly rounded (half-even) int -> float and int / int, and
// CPython's numeric hash (modulus 2**61 - 1) so that 1, 1.0 and True are the
// same dict key.
#include "runtime/int.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

namespace gp {

Type IntType;

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
// Results beyond this many bits raise MemoryError instead of letting GMP
// abort the process on a failed allocation.
constexpr uint64_t kMaxBits = uint64_t(1) << 35;
constexpr int kDefaultMaxStrDigits = 4300;
constexpr int kMinMaxStrDigits = 640;

std::atomic<int> max_str_digits{kDefaultMaxStrDigits};

BigInt* alloc_big(Type* t = &IntType) {
  size_t size = t->basicsize > sizeof(BigInt) ? t->basicsize : sizeof(BigInt);
  return alloc_object<BigInt>(t, size);
}

void int_dealloc(Object* o) {
  mpz_clear(static_cast<BigInt*>(o)->z);
  destroy_object<BigInt>(o);
}

// The absolute value of z as a read-only view sharing z's limbs.
mpz_srcptr mpz_abs_view(mpz_srcptr z, __mpz_struct* tmp) {
  return mpz_roinit_n(tmp, mpz_limbs_read(z), mpz_size(z));
}

std::nullptr_t raise_memory() { return raise(&Exc_MemoryError, "%s", ""); }

std::nullptr_t zero_division(const char* what) { return raise(&Exc_ZeroDivisionError, "%s", what); }

inline int64_t floor_div_i64(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}

inline int64_t floor_mod_i64(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// Rounds the (up to 64-bit) scaled quotient x, plus a sticky bit for a
// non-zero remainder, to a double equal to round(x * 2**shift): keeps 53
// significant bits (fewer in the subnormal range) with half-even rounding,
// so the final ldexp is exact. Requires x to carry at least two bits beyond
// the kept ones.
double round_scaled_to_double(uint64_t x, bool inexact, long shift) {
  int xbits = 64 - __builtin_clzll(x);
  int extra = std::max<long>(xbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t low = x | uint64_t(inexact);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  x = low & ~(2 * mask - 1);
  return std::ldexp(double(x), int(shift));
}

Ref float_or_error(double d, bool ok, const char* msg) {
  if (!ok) return raise(&Exc_OverflowError, "%s", msg);
  return new_float(d);
}

}  // namespace

// ---- reading int values ----

bool int_is_small_slow(Value v, int64_t* out) {
  Type* t = v.obj()->type;
  if (t == &IntType) return false;  // exact BigInts are never in the small range
  if (t == &BoolType) {
    *out = static_cast<BoolObject*>(v.obj())->value;
    return true;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  if (!mpz_fits_slong_p(z)) return false;
  long l = mpz_get_si(z);
  if (!Value::fits_small(l)) return false;
  *out = l;
  return true;
}

Ref int_from_big_i64(int64_t i) {
  BigInt* b = alloc_big();
  if (!b) return nullptr;
  mpz_init_set_si(b->z, i);
  return Ref::steal(Value(b));
}

Ref int_from_u64(uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Ref::small(int64_t(u));
  BigInt* b = alloc_big();
  if (!b) return nullptr;
  mpz_init_set_ui(b->z, u);
  return Ref::steal(Value(b));
}

Ref int_from_mpz_move(mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long l = mpz_get_si(z);
    if (Value::fits_small(l)) return Ref::small(l);
  }
  BigInt* b = alloc_big();
  if (!b) return nullptr;
  b->z[0] = z[0];  // takes the limbs; z becomes a fresh zero
  mpz_init(z);
  return Ref::steal(Value(b));
}

Ref int_from_mpz(const mpz_t z) {
  Mpz copy;
  mpz_set(copy, z);
  return int_from_mpz_move(copy);
}

Ref int_from_double(double d) {
  if (std::isnan(d)) return raise(&Exc_ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(&Exc_OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 9.2e18) return int_from_i64(int64_t(d));
  Mpz z;
  mpz_set_d(z, d);
  return int_from_mpz_move(z);
}

Ref int_exact(Value v) {
  if (is_exact_int(v)) return Ref::dup(v);
  int64_t i;
  if (int_is_small(v, &i)) return Ref::small(i);
  return int_from_mpz(v.as<BigInt>()->z);
}

bool int_to_i64(Value v, int64_t* out) {
  if (int_is_small(v, out)) return true;
  mpz_srcptr z = v.as<BigInt>()->z;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

bool int_as_i64(Value v, int64_t* out) {
  if (int_to_i64(v, out)) return true;
  raise(&Exc_OverflowError, "Python int too large to convert to C long");
  return false;
}

bool mpz_to_double(mpz_srcptr z, double* out) {
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= DBL_MANT_DIG) {
    *out = mpz_get_d(z);
    return true;
  }
  if (bits > DBL_MAX_EXP) return false;
  __mpz_struct abs_tmp;
  mpz_srcptr a = mpz_abs_view(z, &abs_tmp);
  long shift = long(bits) - (DBL_MANT_DIG + 2);
  Mpz top;
  mpz_tdiv_q_2exp(top, a, shift);
  bool inexact = mpz_scan1(a, 0) < mp_bitcnt_t(shift);
  double d = round_scaled_to_double(mpz_get_ui(top), inexact, shift);
  if (std::isinf(d)) return false;
  *out = mpz_sgn(z) < 0 ? -d : d;
  return true;
}

double int_to_double(Value v, bool* overflow) {
  int64_t i;
  *overflow = false;
  if (int_is_small(v, &i)) return double(i);
  double d = 0;
  *overflow = !mpz_to_double(v.as<BigInt>()->z, &d);
  return d;
}

void int_to_mpz(Value v, mpz_t out) { mpz_set(out, MpzView(v)); }

int int_sign(Value v) {
  int64_t i;
  if (int_is_small(v, &i)) return (i > 0) - (i < 0);
  return mpz_sgn(v.as<BigInt>()->z);
}

std::string int_to_string(Value v, int base) {
  int64_t i;
  if (int_is_small(v, &i)) {
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, i, base);
    return std::string(buf, r.ptr);
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  std::string s(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

// ---- the int <-> str digit limit ----

int get_int_max_str_digits() { return max_str_digits.load(std::memory_order_relaxed); }

bool set_int_max_str_digits(int64_t n) {
  if (n != 0 && n < kMinMaxStrDigits) {
    raise(&Exc_ValueError, "maxdigits must be 0 or larger than %d", kMinMaxStrDigits);
    return false;
  }
  max_str_digits.store(n > INT32_MAX ? INT32_MAX : int(n), std::memory_order_relaxed);
  return true;
}

bool int_check_str_digits(Value v) {
  int limit = get_int_max_str_digits();
  int64_t i;
  if (limit == 0 || int_is_small(v, &i)) return true;  // small ints have < 20 digits
  mpz_srcptr z = v.as<BigInt>()->z;
  size_t upper = mpz_sizeinbase(z, 10);  // exact or one too many
  bool over = upper - 1 > size_t(limit);
  if (!over && upper > size_t(limit)) {
    size_t len = int_to_string(v).size() - (mpz_sgn(z) < 0);
    over = len > size_t(limit);
  }
  if (over) {
    raise(&Exc_ValueError,
          "Exceeds the limit (%d digits) for integer string conversion; use "
          "sys.set_int_max_str_digits() to increase the limit",
          limit);
    return false;
  }
  return true;
}

Ref int_repr(Value v) {
  int64_t i;
  if (int_is_small(v, &i)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    return new_str(std::string_view(buf, r.ptr - buf));
  }
  if (!int_check_str_digits(v)) return nullptr;
  return new_str(int_to_string(v));
}

// ---- parsing ----

namespace {

inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

enum class ParseResult { Ok, Invalid, TooManyDigits };

// Python's int literal syntax: whitespace, sign, optional base prefix,
// digits with single underscores between them. On success *out holds the
// value; `*ndigits` reports the digit count for the limit message.
ParseResult parse_int_text(std::string_view s, int base, Ref* out, size_t* ndigits) {
  size_t i = 0, n = s.size();
  while (i < n && is_number_space(s[i])) ++i;
  while (n > i && is_number_space(s[n - 1])) --n;
  if (i == n) return ParseResult::Invalid;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') neg = s[i++] == '-';
  if (i == n) return ParseResult::Invalid;
  bool zeros_only = false, prefixed = false;
  if (s[i] == '0' && i + 1 < n) {
    char p = char(s[i + 1] | 0x20);
    int pbase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pbase && (base == 0 || base == pbase)) {
      base = pbase;
      i += 2;
      prefixed = true;
    }
  }
  if (base == 0) {
    zeros_only = s[i] == '0';  // "010" is not a valid base-0 literal
    base = 10;
  }
  if (prefixed && i < n && s[i] == '_') ++i;
  std::string digits;
  digits.reserve(n - i);
  bool last_underscore = false;
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (last_underscore || digits.empty()) return ParseResult::Invalid;
      last_underscore = true;
      continue;
    }
    if (digit_value(c) >= base) return ParseResult::Invalid;
    if (zeros_only && c != '0') return ParseResult::Invalid;
    digits.push_back(c);
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return ParseResult::Invalid;
  *ndigits = digits.size();
  int limit = get_int_max_str_digits();
  if ((base & (base - 1)) != 0 && limit > 0 && digits.size() > size_t(limit))
    return ParseResult::TooManyDigits;
  int bits_per_digit = 64 - __builtin_clzll(uint64_t(base - 1));
  if (digits.size() * bits_per_digit <= 62) {
    int64_t v = 0;
    for (char c : digits) v = v * base + digit_value(c);
    *out = Ref::small(neg ? -v : v);
    return ParseResult::Ok;
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), base);
  if (neg) mpz_neg(z, z);
  *out = int_from_mpz_move(z);
  return ParseResult::Ok;
}

// Parses `text` (from `source`, a str or bytes-like object used for the
// error message; null when the caller only has text).
Ref int_parse(std::string_view text, int base, Value source) {
  Ref result;
  size_t ndigits = 0;
  switch (parse_int_text(text, base, &result, &ndigits)) {
    case ParseResult::Ok:
      return result;
    case ParseResult::TooManyDigits:
      return raise(&Exc_ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                   "digits; use sys.set_int_max_str_digits() to increase the limit",
                   get_int_max_str_digits(), ndigits);
    case ParseResult::Invalid:
      break;
  }
  Ref src = source ? Ref::dup(source) : new_str(text);
  if (!src) return nullptr;
  Ref r = repr(src);
  if (!r) return nullptr;
  std::string_view rv = r.as<Str>()->view();
  size_t cut = 0;  // CPython shows at most 200 characters of the repr
  for (size_t cps = 0; cut < rv.size() && cps < 200; ++cps) {
    ++cut;
    while (cut < rv.size() && (rv[cut] & 0xC0) == 0x80) ++cut;
  }
  return raise(&Exc_ValueError, "invalid literal for int() with base %d: %.*s", base, int(cut),
               rv.data());
}

Ref int_from_text_object(Value v, int base) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->ascii) return int_parse(s->view(), base, v);
    return int_parse(numeric_text_to_ascii(s->view()), base, v);
  }
  std::string_view data;
  bytes_like_view(v, &data);
  return int_parse(data, base, v);
}

}  // namespace

std::string numeric_text_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    uint32_t cp = utf8_next(p);
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (uni_isspace(cp)) {
      out.push_back(' ');
    } else if (int d = uni_decimal_value(cp); d >= 0) {
      out.push_back(char('0' + d));
    } else {
      out.push_back('?');
    }
  }
  return out;
}

bool is_bytes_like(Value v) {
  std::string_view ignored;
  return bytes_like_view(v, &ignored);
}

Ref int_from_string(std::string_view text, int base) { return int_parse(text, base, Value()); }

Ref int_from_value(Value v) {
  if (is_exact_int(v)) return Ref::dup(v);
  Type* t = type_of(v);
  if (t->number && t->number->to_int) {
    Ref r = t->number->to_int(v);
    if (!r) return nullptr;
    if (!is_int(r))
      return raise(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
    return int_exact(r);
  }
  if (t->number && t->number->index) {
    Ref r = t->number->index(v);
    if (!r) return nullptr;
    if (!is_int(r))
      return raise(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
    return int_exact(r);
  }
  if (is_str(v) || is_bytes_like(v)) return int_from_text_object(v, 10);
  return raise(&Exc_TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name(v));
}

// ---- arithmetic ----

Ref int_add(Value a, Value b) {
  int64_t x, y;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y))) return int_from_i64(x + y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_add(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_sub(Value a, Value b) {
  int64_t x, y;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y))) return int_from_i64(x - y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_sub(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_mul(Value a, Value b) {
  int64_t x, y, p;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y)) && !__builtin_mul_overflow(x, y, &p))
    return int_from_i64(p);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_mul(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_floordiv(Value a, Value b) {
  int64_t x, y;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y))) {
    if (y == 0) return zero_division("integer division or modulo by zero");
    return int_from_i64(floor_div_i64(x, y));
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return zero_division("integer division or modulo by zero");
  Mpz r;
  mpz_fdiv_q(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_mod(Value a, Value b) {
  int64_t x, y;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y))) {
    if (y == 0) return zero_division("integer modulo by zero");
    return Ref::small(floor_mod_i64(x, y));
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return zero_division("integer modulo by zero");
  Mpz r;
  mpz_fdiv_r(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_divmod(Value a, Value b) {
  int64_t x, y;
  Ref q, r;
  if (int_is_small(a, &x) && int_is_small(b, &y)) {
    if (y == 0) return zero_division("integer division or modulo by zero");
    q = int_from_i64(floor_div_i64(x, y));
    r = Ref::small(floor_mod_i64(x, y));
  } else {
    MpzView za(a), zb(b);
    if (mpz_sgn(zb) == 0) return zero_division("integer division or modulo by zero");
    Mpz mq, mr;
    mpz_fdiv_qr(mq, mr, za, zb);
    q = int_from_mpz_move(mq);
    r = int_from_mpz_move(mr);
  }
  if (!q || !r) return nullptr;
  return new_tuple({q, r});
}

bool mpz_true_divide(mpz_srcptr a, mpz_srcptr b, double* out) {
  bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) {
    *out = negative ? -0.0 : 0.0;
    return true;
  }
  __mpz_struct ta, tb;
  mpz_srcptr pa = mpz_abs_view(a, &ta), pb = mpz_abs_view(b, &tb);
  long abits = long(mpz_sizeinbase(pa, 2)), bbits = long(mpz_sizeinbase(pb, 2));
  if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
    *out = mpz_get_d(a) / mpz_get_d(b);  // both exact: one correctly rounded step
    return true;
  }
  // a/b lies in [2**(diff-1), 2**(diff+1)).
  long diff = abits - bbits;
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = negative ? -0.0 : 0.0;
    return true;
  }
  // Scale so the integer quotient keeps 55-56 bits (fewer when subnormal).
  long shift = std::max<long>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  Mpz scaled, q, r;
  if (shift >= 0) {
    mpz_mul_2exp(scaled, pb, shift);
    mpz_tdiv_qr(q, r, pa, scaled);
  } else {
    mpz_mul_2exp(scaled, pa, -shift);
    mpz_tdiv_qr(q, r, scaled, pb);
  }
  double d = round_scaled_to_double(mpz_get_ui(q), mpz_sgn(r) != 0, shift);
  if (std::isinf(d)) return false;
  *out = negative ? -d : d;
  return true;
}

void mpz_div_round_half_even(mpz_ptr q, mpz_srcptr num, mpz_srcptr den) {
  Mpz r;
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
}

Ref int_truediv(Value a, Value b) {
  constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
  int64_t x, y;
  if (GP_LIKELY(int_is_small(a, &x) && int_is_small(b, &y))) {
    if (y == 0) return zero_division("division by zero");
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return new_float(double(x) / double(y));
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return zero_division("division by zero");
  double d = 0;
  bool ok = mpz_true_divide(za, zb, &d);
  return float_or_error(d, ok, "integer division result too large for a float");
}

namespace {

// pow(a, b, m) with m non-zero; the result takes the sign of m.
Ref int_powmod(Value a, Value b, Value m) {
  int64_t x, y, mod;
  if (int_is_small(a, &x) && int_is_small(b, &y) && int_is_small(m, &mod) && y >= 0 && mod > 0) {
    unsigned __int128 result = 1 % mod, base = uint64_t(floor_mod_i64(x, mod));
    for (uint64_t e = uint64_t(y); e; e >>= 1) {
      if (e & 1) result = result * base % uint64_t(mod);
      base = base * base % uint64_t(mod);
    }
    return Ref::small(int64_t(result));
  }
  MpzView za(a), zb(b), zm(m);
  if (mpz_sgn(zm) == 0) return raise(&Exc_ValueError, "pow() 3rd argument cannot be 0");
  __mpz_struct tm;
  mpz_srcptr am = mpz_abs_view(zm, &tm);
  Mpz r;
  if (mpz_sgn(zb) < 0) {
    Mpz inverse, e;
    if (!mpz_invert(inverse, za, am))
      return raise(&Exc_ValueError, "base is not invertible for the given modulus");
    mpz_neg(e, zb);
    mpz_powm(r, inverse, e, am);
  } else {
    mpz_powm(r, za, zb, am);
  }
  if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, am);
  return int_from_mpz_move(r);
}

}  // namespace

Ref int_pow(Value a, Value b, Value mod) {
  if (mod && !is_none(mod)) return int_powmod(a, b, mod);
  int64_t x = 0, y = 0;
  bool small_a = int_is_small(a, &x), small_b = int_is_small(b, &y);
  if (int_sign(b) < 0) {
    bool over_a, over_b;
    double da = int_to_double(a, &over_a), db = int_to_double(b, &over_b);
    if (over_a || over_b) return raise(&Exc_OverflowError, "int too large to convert to float");
    return float_pow(da, db);
  }
  if (small_a && small_b) {
    int64_t result = 1, base = x;
    bool overflow = false;
    for (uint64_t e = uint64_t(y); e; e >>= 1) {
      if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
      if (e > 1 && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return int_from_i64(result);
  }
  MpzView za(a), zb(b);
  // 0, 1 and -1 stay small whatever the exponent.
  if (mpz_cmpabs_ui(za, 1) <= 0) {
    if (mpz_sgn(za) == 0) return Ref::small(mpz_sgn(zb) == 0 ? 1 : 0);
    return Ref::small(mpz_sgn(za) < 0 && mpz_odd_p(zb) ? -1 : 1);
  }
  if (!mpz_fits_ulong_p(zb)) return raise_memory();
  unsigned long e = mpz_get_ui(zb);
  if (double(mpz_sizeinbase(za, 2) - 1) * double(e) > double(kMaxBits)) return raise_memory();
  Mpz r;
  mpz_pow_ui(r, za, e);
  return int_from_mpz_move(r);
}

int int_compare(Value a, Value b) {
  int64_t x, y;
  if (int_is_small(a, &x) && int_is_small(b, &y)) return (x > y) - (x < y);
  int c = mpz_cmp(MpzView(a), MpzView(b));
  return (c > 0) - (c < 0);
}

int64_t int_hash(Value v) {
  int64_t i;
  if (GP_LIKELY(int_is_small(v, &i))) {
    // |i| < 2**62 == 2 * modulus + 2: at most two subtractions reduce it.
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    if (GP_UNLIKELY(u >= kHashModulus)) {
      u -= kHashModulus;
      if (u >= kHashModulus) u -= kHashModulus;
    }
    int64_t h = i < 0 ? -int64_t(u) : int64_t(u);
    return h == -1 ? -2 : h;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  int64_t h = int64_t(mpz_tdiv_ui(z, kHashModulus));
  if (mpz_sgn(z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

namespace {

Ref shift_count_error() { return raise(&Exc_ValueError, "negative shift count"); }

Ref int_lshift(Value a, Value b) {
  int64_t x, y;
  if (int_sign(b) < 0) return shift_count_error();
  if (int_is_small(a, &x) && int_is_small(b, &y)) {
    if (x == 0) return Ref::small(0);
    if (y < 64) {
      __int128 r = __int128(x) << y;
      if (r >= Value::kSmallMin && r <= Value::kSmallMax) return Ref::small(int64_t(r));
    }
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(za) == 0) return Ref::small(0);
  if (!mpz_fits_slong_p(zb)) return raise(&Exc_OverflowError, "too many digits in integer");
  long count = mpz_get_si(zb);
  if (mpz_sizeinbase(za, 2) + uint64_t(count) > kMaxBits) return raise_memory();
  Mpz r;
  mpz_mul_2exp(r, za, count);
  return int_from_mpz_move(r);
}

Ref int_rshift(Value a, Value b) {
  int64_t x, y;
  if (int_sign(b) < 0) return shift_count_error();
  if (int_is_small(a, &x) && int_is_small(b, &y)) return Ref::small(x >> (y > 63 ? 63 : y));
  MpzView za(a), zb(b);
  if (!mpz_fits_ulong_p(zb) || mpz_get_ui(zb) >= mpz_sizeinbase(za, 2))
    return Ref::small(mpz_sgn(za) < 0 ? -1 : 0);
  Mpz r;
  mpz_fdiv_q_2exp(r, za, mpz_get_ui(zb));
  return int_from_mpz_move(r);
}

// GMP's logical operations already use two's-complement semantics on
// negative values, as Python's do.
template <void (*Op)(mpz_ptr, mpz_srcptr, mpz_srcptr), class SmallOp>
Ref int_bitwise(Value a, Value b, SmallOp small_op) {
  int64_t x, y;
  if (int_is_small(a, &x) && int_is_small(b, &y)) return Ref::small(small_op(x, y));
  MpzView za(a), zb(b);
  Mpz r;
  Op(r, za, zb);
  return int_from_mpz_move(r);
}

Ref int_negative(Value v) {
  int64_t i;
  if (int_is_small(v, &i)) return int_from_i64(-i);
  Mpz r;
  mpz_neg(r, v.as<BigInt>()->z);
  return int_from_mpz_move(r);
}

Ref int_absolute(Value v) {
  int64_t i;
  if (int_is_small(v, &i)) return int_from_i64(i < 0 ? -i : i);
  Mpz r;
  mpz_abs(r, v.as<BigInt>()->z);
  return int_from_mpz_move(r);
}

Ref int_invert(Value v) {
  int64_t i;
  if (int_is_small(v, &i)) return Ref::small(~i);
  Mpz r;
  mpz_com(r, v.as<BigInt>()->z);
  return int_from_mpz_move(r);
}

int int_truthy(Value v) { return int_sign(v) != 0; }

Ref int_to_float(Value v) {
  bool overflow;
  double d = int_to_double(v, &overflow);
  return float_or_error(d, !overflow, "int too large to convert to float");
}

// Binary slots: both operands must be ints (bool and subclasses included);
// anything else, floats included, is left to the other operand's slot.
#define INT_BINARY_SLOT(name, expr)                             \
  Ref name(Value a, Value b) {                                  \
    if (!is_int(a) || !is_int(b)) return not_implemented_ref(); \
    return expr;                                                \
  }
INT_BINARY_SLOT(slot_add, int_add(a, b))
INT_BINARY_SLOT(slot_sub, int_sub(a, b))
INT_BINARY_SLOT(slot_mul, int_mul(a, b))
INT_BINARY_SLOT(slot_floordiv, int_floordiv(a, b))
INT_BINARY_SLOT(slot_mod, int_mod(a, b))
INT_BINARY_SLOT(slot_truediv, int_truediv(a, b))
INT_BINARY_SLOT(slot_pow, int_pow(a, b, Value()))
INT_BINARY_SLOT(slot_lshift, int_lshift(a, b))
INT_BINARY_SLOT(slot_rshift, int_rshift(a, b))
INT_BINARY_SLOT(slot_and, (int_bitwise<mpz_and>(a, b, [](int64_t x, int64_t y) { return x & y; })))
INT_BINARY_SLOT(slot_or, (int_bitwise<mpz_ior>(a, b, [](int64_t x, int64_t y) { return x | y; })))
INT_BINARY_SLOT(slot_xor, (int_bitwise<mpz_xor>(a, b, [](int64_t x, int64_t y) { return x ^ y; })))
#undef INT_BINARY_SLOT

Ref slot_power(Value a, Value b, Value m) {
  if (!is_int(a) || !is_int(b) || !(is_none(m) || is_int(m))) return not_implemented_ref();
  return int_pow(a, b, m);
}

}  // namespace

Ref int_richcompare(Value a, Value b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return not_implemented_ref();
  int c = int_compare(a, b);
  bool r = compare_values(c, 0, op);
  return bool_ref(r);
}

namespace {

// ---- construction ----

Ref int_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("int", args, nargs, kwnames, {"x", "base"}, 0, a, 1)) return nullptr;
  Ref result;
  if (!a[0]) {
    if (a[1]) return raise(&Exc_TypeError, "int() missing string argument");
    result = Ref::small(0);
  } else if (a[1]) {
    ptrdiff_t base;
    if (!index_ssize(a[1], &base)) return nullptr;
    if (base != 0 && (base < 2 || base > 36))
      return raise(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(a[0]) && !is_bytes_like(a[0]))
      return raise(&Exc_TypeError, "int() can't convert non-string with explicit base");
    result = int_from_text_object(a[0], int(base));
  } else {
    result = int_from_value(a[0]);
  }
  if (!result || t == &IntType) return result;
  BigInt* o = alloc_big(t);
  if (!o) return nullptr;
  mpz_init(o->z);
  int_to_mpz(result, o->z);
  return Ref::steal(Value(o));
}

// ---- methods ----

Ref int_conjugate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("conjugate", nargs, 0, 0) || !no_kwargs("conjugate", kwnames)) return nullptr;
  return int_exact(self);
}

Ref int_bit_length(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("bit_length", nargs, 0, 0) || !no_kwargs("bit_length", kwnames)) return nullptr;
  int64_t i;
  if (int_is_small(self, &i)) {
    uint64_t m = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    return Ref::small(m ? 64 - __builtin_clzll(m) : 0);
  }
  return int_from_u64(mpz_sizeinbase(self.as<BigInt>()->z, 2));
}

Ref int_bit_count(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("bit_count", nargs, 0, 0) || !no_kwargs("bit_count", kwnames)) return nullptr;
  int64_t i;
  if (int_is_small(self, &i))
    return Ref::small(__builtin_popcountll(i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i)));
  __mpz_struct tmp;
  return int_from_u64(mpz_popcount(mpz_abs_view(self.as<BigInt>()->z, &tmp)));
}

// byteorder argument: 1 for big-endian, 0 for little, -1 after raising.
int parse_byteorder(Value v) {
  if (!v) return 1;
  if (!is_str(v))
    return raise(&Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                 type_name(v)),
           -1;
  std::string_view s = v.as<Str>()->view();
  if (s == "big") return 1;
  if (s == "little") return 0;
  raise(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

Ref int_to_bytes(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("to_bytes", args, nargs, kwnames, {"length", "byteorder", "signed"}, 0, a, 0, 2))
    return nullptr;
  ptrdiff_t length = 1;
  if (a[0] && !index_ssize(a[0], &length)) return nullptr;
  if (length < 0) return raise(&Exc_ValueError, "length argument must be non-negative");
  int big_endian = parse_byteorder(a[1]);
  if (big_endian < 0) return nullptr;
  int is_signed = a[2] ? truthy(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  MpzView z(self);
  int sign = mpz_sgn(z);
  if (sign < 0 && !is_signed)
    return raise(&Exc_OverflowError, "can't convert negative int to unsigned");
  uint64_t bits = 8 * uint64_t(length);
  // Representable iff the magnitude (of -v-1 for negatives) fits in the
  // available bits, one fewer when a sign bit is needed.
  Mpz m;
  if (sign < 0) {
    mpz_com(m, z);
  } else {
    mpz_set(m, z);
  }
  uint64_t need = mpz_sgn(m) ? mpz_sizeinbase(m, 2) + (is_signed ? 1 : 0) : 0;
  if (need > bits) return raise(&Exc_OverflowError, "int too big to convert");
  if (sign < 0) mpz_com(m, m);
  mpz_fdiv_r_2exp(m, m, bits);  // two's complement for negatives
  std::string buf(size_t(length), '\0');
  size_t count = 0;
  if (mpz_sgn(m)) {
    size_t used = (mpz_sizeinbase(m, 2) + 7) / 8;
    mpz_export(buf.data() + (length - used), &count, 1, 1, 1, 0, m);
  }
  if (!big_endian) std::reverse(buf.begin(), buf.end());
  return new_bytes(buf);
}

Ref int_from_bytes(Value cls, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "signed"}, 1, a, 0, 2))
    return nullptr;
  int big_endian = parse_byteorder(a[1]);
  if (big_endian < 0) return nullptr;
  int is_signed = a[2] ? truthy(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  if (is_str(a[0]))
    return raise(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(a[0]));
  std::string data;
  if (!bytes_from_object(a[0], "bytes", &data)) return nullptr;
  Mpz z;
  if (!data.empty()) {
    mpz_import(z, data.size(), big_endian ? 1 : -1, 1, 1, 0, data.data());
    unsigned char top = big_endian ? data.front() : data.back();
    if (is_signed && (top & 0x80)) {
      Mpz full;
      mpz_setbit(full, 8 * data.size());
      mpz_sub(z, z, full);
    }
  }
  Ref result = int_from_mpz_move(z);
  if (!result || cls.is(Value(&IntType))) return result;
  return call1(cls, result);
}

Ref int_as_integer_ratio(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("as_integer_ratio", nargs, 0, 0) || !no_kwargs("as_integer_ratio", kwnames))
    return nullptr;
  Ref n = int_exact(self);
  if (!n) return nullptr;
  return new_tuple({n, Value::small(1)});
}

Ref int_round(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value nd = Value();
  if (!parse_args("__round__", args, nargs, kwnames, {"ndigits"}, 0, &nd)) return nullptr;
  if (!nd || is_none(nd)) return int_exact(self);
  Ref ndigits = number_index(nd);
  if (!ndigits) return nullptr;
  if (int_sign(ndigits) >= 0) return int_exact(self);
  // Round half to even at 10**-ndigits.
  int64_t k;
  if (!int_to_i64(ndigits, &k) || k < -int64_t(kMaxBits)) return Ref::small(0);
  Mpz pow10, q;
  mpz_ui_pow_ui(pow10, 10, uint64_t(-k));
  mpz_div_round_half_even(q, MpzView(self), pow10);
  mpz_mul(q, q, pow10);
  return int_from_mpz_move(q);
}

constexpr char kTrunc[] = "__trunc__";
constexpr char kFloor[] = "__floor__";
constexpr char kCeil[] = "__ceil__";

// __trunc__, __floor__ and __ceil__ of an int: the int itself.
template <const char* Name>
Ref int_integral(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs(Name, nargs, 0, 0) || !no_kwargs(Name, kwnames)) return nullptr;
  return int_exact(self);
}

Ref int_getnewargs(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("__getnewargs__", nargs, 0, 0) || !no_kwargs("__getnewargs__", kwnames))
    return nullptr;
  Ref n = int_exact(self);
  if (!n) return nullptr;
  return new_tuple({n});
}

Ref int_divmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("__divmod__", nargs, 1, 1) || !no_kwargs("__divmod__", kwnames)) return nullptr;
  if (!is_int(args[0])) return not_implemented_ref();
  return int_divmod(self, args[0]);
}

Ref int_rdivmod_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("__rdivmod__", nargs, 1, 1) || !no_kwargs("__rdivmod__", kwnames))
    return nullptr;
  if (!is_int(args[0])) return not_implemented_ref();
  return int_divmod(args[0], self);
}

}  // namespace

Ref number_format_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("__format__", nargs, 1, 1) || !no_kwargs("__format__", kwnames)) return nullptr;
  if (!is_str(args[0]))
    return raise(&Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  return format_builtin(self, args[0]);
}

namespace {

const MethodDef int_methods[] = {
    {"conjugate", int_conjugate},
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"to_bytes", int_to_bytes},
    {"from_bytes", int_from_bytes, kMethClass},
    {"as_integer_ratio", int_as_integer_ratio},
    {"__round__", int_round},
    {kTrunc, int_integral<kTrunc>},
    {kFloor, int_integral<kFloor>},
    {kCeil, int_integral<kCeil>},
    {"__getnewargs__", int_getnewargs},
    {"__divmod__", int_divmod_method},
    {"__rdivmod__", int_rdivmod_method},
    {"__format__", number_format_method},
    {nullptr, nullptr},
};

Ref int_get_self(Value self) { return int_exact(self); }
Ref int_get_zero(Value) { return Ref::small(0); }
Ref int_get_one(Value) { return Ref::small(1); }

const GetSetDef int_getset[] = {
    {"real", int_get_self, nullptr},      {"imag", int_get_zero, nullptr},
    {"numerator", int_get_self, nullptr}, {"denominator", int_get_one, nullptr},
    {nullptr, nullptr, nullptr},
};

NumberSlots int_number;

int64_t int_hash_slot(Value v) { return int_hash(v); }

TypeRegistrar int_reg(&IntType, [](Type& t) {
  t.name = "int";
  t.basicsize = sizeof(BigInt);
  t.flags = kTpBaseType | kTpIntSubclass;
  t.base = &ObjectType;
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.str = int_repr;
  t.hash = int_hash_slot;
  t.richcompare = int_richcompare;
  int_init_number_slots(&int_number);
  t.number = &int_number;
  t.new_ = int_new;
  t.methods = int_methods;
  t.getset = int_getset;
});

}  // namespace

void int_init_number_slots(NumberSlots* ns) {
  auto& b = ns->binary;
  b[int(BinOp::Add)] = slot_add;
  b[int(BinOp::Sub)] = slot_sub;
  b[int(BinOp::Mul)] = slot_mul;
  b[int(BinOp::TrueDiv)] = slot_truediv;
  b[int(BinOp::FloorDiv)] = slot_floordiv;
  b[int(BinOp::Mod)] = slot_mod;
  b[int(BinOp::Pow)] = slot_pow;
  b[int(BinOp::LShift)] = slot_lshift;
  b[int(BinOp::RShift)] = slot_rshift;
  b[int(BinOp::And)] = slot_and;
  b[int(BinOp::Or)] = slot_or;
  b[int(BinOp::Xor)] = slot_xor;
  ns->power = slot_power;
  ns->negative = int_negative;
  ns->positive = int_exact;
  ns->invert = int_invert;
  ns->absolute = int_absolute;
  ns->truthy = int_truthy;
  ns->to_int = int_exact;
  ns->to_float = int_to_float;
  ns->index = int_exact;
}

}  // namespace gp
