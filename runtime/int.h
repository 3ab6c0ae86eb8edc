// int: arbitrary precision, with small values stored inline in the Value.
//
// Values in [Value::kSmallMin, Value::kSmallMax] are always tagged small ints
// (never boxed), so `is` and hashing agree for equal small ints and the eval
// loop's fast paths only need the tag test. Larger magnitudes live in a
// BigInt object wrapping a GMP integer; every operation normalises its result
// back to a small int when it fits.
//
// Three layouts carry int values: tagged small ints, BoolObject (True/False)
// and BigInt (exact int, or an instance of a Python subclass of int, which may
// hold any value). int_is_small and MpzView read all three, so helpers taking
// "an int" accept bool and subclasses alike.
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "runtime/singletons.h"
#include "runtime/type.h"

namespace gp {

static_assert(GMP_LIMB_BITS == 64, "gilpy assumes 64-bit GMP limbs");

struct BigInt : Object {
  mpz_t z;
};

inline bool is_int(Value v) { return v.is_small() || has_flag(v, kTpIntSubclass); }
// True for int and bool alike; exact int excludes bool and subclasses.
inline bool is_exact_int(Value v) { return v.is_small() || v.obj()->type == &IntType; }

// Reads an int value (small, bool, BigInt, int subclass) as an int64 when it
// lies in the small range; false for larger magnitudes. Precondition: is_int(v).
bool int_is_small_slow(Value v, int64_t* out);
GP_INLINE bool int_is_small(Value v, int64_t* out) {
  if (GP_LIKELY(v.is_small())) {
    *out = v.small_value();
    return true;
  }
  return int_is_small_slow(v, out);
}

Ref int_from_big_i64(int64_t i);
GP_INLINE Ref int_from_i64(int64_t i) {
  if (GP_LIKELY(Value::fits_small(i))) return Ref::small(i);
  return int_from_big_i64(i);
}
Ref int_from_u64(uint64_t u);
Ref int_from_double(double d);    // truncates; raises on inf/nan
Ref int_from_mpz(const mpz_t z);  // copies and normalises
// Takes over z's limbs (no copy) and normalises; z is left a valid zero.
Ref int_from_mpz_move(mpz_t z);
// int(text, base) semantics incl. underscores, whitespace, sign, base 0.
Ref int_from_string(std::string_view text, int base);
// Text helpers shared by int() and float(): the ASCII whitespace they strip
// (Python's str.isspace, ASCII part) and the objects whose bytes they parse.
inline bool is_number_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}
bool is_bytes_like(Value v);  // bytes (and subclasses) or bytearray
// For int()/float() of a non-ASCII str (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII): Unicode decimal digits become
// ASCII digits, Unicode whitespace becomes ' ', and any other non-ASCII
// character becomes '?', which no number syntax accepts.
std::string numeric_text_to_ascii(std::string_view utf8);
// int(v) for any value: int, str, bytes, float, __int__/__index__ objects.
// Returns an exact int.
Ref int_from_value(Value v);
// Converts an int value (small, big, or bool) to int64; false on overflow
// (no exception set).
bool int_to_i64(Value v, int64_t* out);
// Like int_to_i64 but raises OverflowError ("Python int too large to convert
// to C int"-style) on failure.
bool int_as_i64(Value v, int64_t* out);
// Correctly rounded (half-even) like CPython; *overflow set when |v| is too
// large for a double (the result is then meaningless).
double int_to_double(Value v, bool* overflow);
void int_to_mpz(Value v, mpz_t out);  // out must be initialised
// Digits in `base` (2..36, lowercase, '-' for negatives, no prefix such as
// "0x"); never applies the digit limit (see int_check_str_digits).
std::string int_to_string(Value v, int base = 10);
int int_sign(Value v);
int64_t int_hash(Value v);
// The exact int with the value of any int (bool and subclasses included).
Ref int_exact(Value v);

// Arithmetic on two ints (small or big); null on error (ZeroDivisionError).
Ref int_add(Value a, Value b);
Ref int_sub(Value a, Value b);
Ref int_mul(Value a, Value b);
Ref int_floordiv(Value a, Value b);
Ref int_mod(Value a, Value b);
Ref int_divmod(Value a, Value b);  // (q, r) tuple
Ref int_truediv(Value a, Value b);
Ref int_pow(Value a, Value b, Value mod);  // mod is None (or null) when absent
int int_compare(Value a, Value b);         // -1, 0, 1
// int's richcompare slot (shared with bool): NotImplemented unless both are ints.
Ref int_richcompare(Value a, Value b, CompareOp op);

// The `int` number slot table; bool.cpp starts from it and overrides & | ^.
void int_init_number_slots(NumberSlots* ns);
Ref int_repr(Value v);  // decimal str; applies the digit limit
// The `__format__(spec)` method of int, bool and float (format.h does the work).
Ref number_format_method(Value self, const Value* args, size_t nargs, Value kwnames);

// sys.{get,set}_int_max_str_digits: the CPython 3.11 limit on decimal
// int<->str conversions (0 = unlimited). set raises ValueError for 1..640.
int get_int_max_str_digits();
bool set_int_max_str_digits(int64_t n);
// Raises ValueError when converting v to decimal would exceed the limit.
bool int_check_str_digits(Value v);

// Correctly rounded a / b and a as doubles (CPython's algorithms); false when
// the result is too large for a double. b must be non-zero.
bool mpz_true_divide(mpz_srcptr a, mpz_srcptr b, double* out);
bool mpz_to_double(mpz_srcptr z, double* out);
// q = num / den rounded half to even; den > 0.
void mpz_div_round_half_even(mpz_ptr q, mpz_srcptr num, mpz_srcptr den);

// A read-only mpz view of any int value without copying: small values are
// laid over one stack limb (mpz_roinit_n), big ones borrow the BigInt's mpz.
// Precondition: is_int(v); the value must outlive the view.
class MpzView {
 public:
  explicit MpzView(Value v) {
    int64_t i;
    if (int_is_small(v, &i)) {
      limb_ = i < 0 ? mp_limb_t(0) - mp_limb_t(i) : mp_limb_t(i);
      p_ = mpz_roinit_n(&tmp_, &limb_, i < 0 ? -1 : (i != 0));
    } else {
      p_ = v.as<BigInt>()->z;
    }
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return p_; }
  operator mpz_srcptr() const { return p_; }  // NOLINT: used like an mpz_t
  // GMP's mpz_sgn/mpz_odd_p are macros that dereference their argument.
  const __mpz_struct* operator->() const { return p_; }

 private:
  mp_limb_t limb_;
  __mpz_struct tmp_;
  mpz_srcptr p_;
};

// An owned scratch mpz, cleared on scope exit (int_from_mpz_move empties it).
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  operator mpz_ptr() { return z_; }  // NOLINT: used like an mpz_t
  __mpz_struct* operator->() { return z_; }

 private:
  mpz_t z_;
};

}  // namespace gp
