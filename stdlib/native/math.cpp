// The `math` module: libm functions with CPython's argument conversion and
// error reporting, and the integer functions on GMP.
//
// Float functions follow CPython's contract: a NaN produced from a non-NaN
// argument is "math domain error" (ValueError); an infinity produced from a
// finite argument is "math range error" (OverflowError) for functions that
// can overflow and a domain error for poles. Logarithms of ints too large for
// a double go through mpz_get_d_2exp, so log(10**1000) works. fsum is
// Shewchuk's exact summation with partials, as in CPython.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

std::nullptr_t domain_error() { return raise(&Exc_ValueError, "math domain error"); }
std::nullptr_t range_error() { return raise(&Exc_OverflowError, "math range error"); }

bool one_arg(const char* name, size_t nargs, Value kwnames) {
  if (!no_kwargs(name, kwnames)) return false;
  if (nargs != 1) {
    raise(&Exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

bool two_args(const char* name, size_t nargs, Value kwnames) {
  if (!no_kwargs(name, kwnames)) return false;
  if (nargs != 2) {
    raise(&Exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
    return false;
  }
  return true;
}

// Applies f with the error contract described at the top of the file.
Ref checked_result(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return new_float(r);
}

Ref math_1(const char* name, double (*f)(double), bool can_overflow, const Value* args,
           size_t nargs, Value kwnames) {
  double x;
  if (!one_arg(name, nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  return checked_result(x, f(x), can_overflow);
}

bool is_pole(double x) { return x <= 0.0 && x == std::floor(x); }
double gamma_fn(double x) { return is_pole(x) ? NAN : std::tgamma(x); }
double lgamma_fn(double x) { return is_pole(x) ? NAN : std::lgamma(x); }
double sqrt_fn(double x) { return std::sqrt(x); }
double exp_fn(double x) { return std::exp(x); }
double exp2_fn(double x) { return std::exp2(x); }
double expm1_fn(double x) { return std::expm1(x); }
double log1p_fn(double x) { return std::log1p(x); }
double sin_fn(double x) { return std::sin(x); }
double cos_fn(double x) { return std::cos(x); }
double tan_fn(double x) { return std::tan(x); }
double asin_fn(double x) { return std::asin(x); }
double acos_fn(double x) { return std::acos(x); }
double atan_fn(double x) { return std::atan(x); }
double sinh_fn(double x) { return std::sinh(x); }
double cosh_fn(double x) { return std::cosh(x); }
double tanh_fn(double x) { return std::tanh(x); }
double asinh_fn(double x) { return std::asinh(x); }
double acosh_fn(double x) { return std::acosh(x); }
double atanh_fn(double x) { return std::atanh(x); }
double erf_fn(double x) { return std::erf(x); }
double erfc_fn(double x) { return std::erfc(x); }
double fabs_fn(double x) { return std::fabs(x); }
double cbrt_fn(double x) { return std::cbrt(x); }
double degrees_fn(double x) { return x * (180.0 / M_PI); }
double radians_fn(double x) { return x * (M_PI / 180.0); }

#define MATH_FUNC1(name, fn, can_overflow)                                 \
  Ref math_##name(Value, const Value* args, size_t nargs, Value kwnames) { \
    return math_1(#name, fn, can_overflow, args, nargs, kwnames);          \
  }
MATH_FUNC1(sqrt, sqrt_fn, false)
MATH_FUNC1(exp, exp_fn, true)
MATH_FUNC1(exp2, exp2_fn, true)
MATH_FUNC1(expm1, expm1_fn, true)
MATH_FUNC1(log1p, log1p_fn, false)
MATH_FUNC1(sin, sin_fn, false)
MATH_FUNC1(cos, cos_fn, false)
MATH_FUNC1(tan, tan_fn, false)
MATH_FUNC1(asin, asin_fn, false)
MATH_FUNC1(acos, acos_fn, false)
MATH_FUNC1(atan, atan_fn, false)
MATH_FUNC1(sinh, sinh_fn, true)
MATH_FUNC1(cosh, cosh_fn, true)
MATH_FUNC1(tanh, tanh_fn, false)
MATH_FUNC1(asinh, asinh_fn, false)
MATH_FUNC1(acosh, acosh_fn, false)
MATH_FUNC1(atanh, atanh_fn, false)
MATH_FUNC1(erf, erf_fn, false)
MATH_FUNC1(erfc, erfc_fn, false)
MATH_FUNC1(gamma, gamma_fn, true)
MATH_FUNC1(lgamma, lgamma_fn, true)
MATH_FUNC1(fabs, fabs_fn, false)
MATH_FUNC1(cbrt, cbrt_fn, false)
MATH_FUNC1(degrees, degrees_fn, true)
MATH_FUNC1(radians, radians_fn, false)
#undef MATH_FUNC1

// log-family of any real, ints of any size included.
bool log_of(Value v, double (*f)(double), double* out) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) {
      domain_error();
      return false;
    }
    bool overflow;
    double d = int_to_double(v, &overflow);
    if (overflow) {
      long e;
      double m = mpz_get_d_2exp(&e, MpzView(v));  // v == m * 2**e, m in [0.5, 1)
      *out = f(m) + double(e) * f(2.0);
      return true;
    }
    *out = f(d);
    return true;
  }
  double x;
  if (!float_as_double(v, &x)) return false;
  double r = f(x);
  if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x))) {
    domain_error();
    return false;
  }
  *out = r;
  return true;
}

double log_fn(double x) { return std::log(x); }
double log2_fn(double x) { return std::log2(x); }
double log10_fn(double x) { return std::log10(x); }

Ref math_log(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("log", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) return raise(&Exc_TypeError, "math.log requires 1 to 2 arguments");
  double num, den;
  if (!log_of(args[0], log_fn, &num)) return nullptr;
  if (nargs == 1) return new_float(num);
  if (!log_of(args[1], log_fn, &den)) return nullptr;
  if (den == 0.0) return raise(&Exc_ZeroDivisionError, "float division by zero");
  return new_float(num / den);
}

Ref math_log2(Value, const Value* args, size_t nargs, Value kwnames) {
  double r;
  if (!one_arg("log2", nargs, kwnames) || !log_of(args[0], log2_fn, &r)) return nullptr;
  return new_float(r);
}

Ref math_log10(Value, const Value* args, size_t nargs, Value kwnames) {
  double r;
  if (!one_arg("log10", nargs, kwnames) || !log_of(args[0], log10_fn, &r)) return nullptr;
  return new_float(r);
}

bool two_doubles(const char* name, const Value* args, size_t nargs, Value kwnames, double* x,
                 double* y) {
  return two_args(name, nargs, kwnames) && float_as_double(args[0], x) &&
         float_as_double(args[1], y);
}

Ref math_pow(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y, r;
  if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isfinite(x) && std::isfinite(y)) {
    r = std::pow(x, y);
    if (std::isnan(r)) return domain_error();
    if (std::isinf(r)) return x == 0.0 ? domain_error() : range_error();
    return new_float(r);
  }
  // C99 Annex F rules for non-finite operands, which raise nothing.
  if (std::isnan(x)) {
    r = y == 0.0 ? 1.0 : x;
  } else if (std::isnan(y)) {
    r = x == 1.0 ? 1.0 : y;
  } else if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0.0) {
      r = odd_y ? x : std::fabs(x);
    } else if (y == 0.0) {
      r = 1.0;
    } else {
      r = odd_y ? std::copysign(0.0, x) : 0.0;
    }
  } else if (std::fabs(x) == 1.0) {
    r = 1.0;
  } else if (y > 0.0 && std::fabs(x) > 1.0) {
    r = y;
  } else if (y < 0.0 && std::fabs(x) < 1.0) {
    r = -y;
  } else {
    r = 0.0;
  }
  return new_float(r);
}

Ref math_atan2(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return nullptr;
  return new_float(std::atan2(y, x));
}

Ref math_copysign(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return nullptr;
  return new_float(std::copysign(x, y));
}

Ref math_fmod(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return new_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return new_float(r);
}

Ref math_remainder(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return nullptr;
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return new_float(r);
}

Ref math_nextafter(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return nullptr;
  return new_float(std::nextafter(x, y));
}

Ref math_ulp(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("ulp", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return new_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return new_float(x);
  double next = std::nextafter(x, HUGE_VAL);
  if (std::isinf(next)) return new_float(x - std::nextafter(x, -HUGE_VAL));
  return new_float(next - x);
}

Ref math_ldexp(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!two_args("ldexp", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  if (!is_int(args[1]))
    return raise(&Exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_i64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0.0 || !std::isfinite(x)) return new_float(x);
  e = std::clamp<int64_t>(e, INT32_MIN, INT32_MAX);  // far beyond any double exponent
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error();
  return new_float(r);
}

Ref math_frexp(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("frexp", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  int e = 0;
  double m = (x == 0.0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
  Ref fm = new_float(m);
  if (!fm) return nullptr;
  return new_tuple({fm, Value::small(e)});
}

Ref math_modf(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("modf", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Ref a = new_float(fp), b = new_float(ip);
  if (!a || !b) return nullptr;
  return new_tuple({a, b});
}

// floor/ceil: exact ints pass through, floats round, others use their dunder.
Ref round_to_int(const char* dunder, double (*f)(double), Value v) {
  if (is_float(v)) return int_from_double(f(float_value(v)));
  if (is_int(v)) return int_exact(v);
  Value method = type_lookup(type_of(v), intern(dunder));
  if (method) return call1(method, v);
  double x;
  if (!float_as_double(v, &x)) return nullptr;
  return int_from_double(f(x));
}

double floor_fn(double x) { return std::floor(x); }
double ceil_fn(double x) { return std::ceil(x); }

Ref math_floor(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("floor", nargs, kwnames)) return nullptr;
  return round_to_int("__floor__", floor_fn, args[0]);
}

Ref math_ceil(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("ceil", nargs, kwnames)) return nullptr;
  return round_to_int("__ceil__", ceil_fn, args[0]);
}

Ref math_trunc(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("trunc", nargs, kwnames)) return nullptr;
  if (is_float(args[0])) return int_from_double(std::trunc(float_value(args[0])));
  Value method = type_lookup(type_of(args[0]), intern("__trunc__"));
  if (!method)
    return raise(&Exc_TypeError, "type %s doesn't define __trunc__ method", type_name(args[0]));
  return call1(method, args[0]);
}

Ref math_isfinite(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("isfinite", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  return bool_ref(std::isfinite(x));
}

Ref math_isinf(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("isinf", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  return bool_ref(std::isinf(x));
}

Ref math_isnan(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!one_arg("isnan", nargs, kwnames) || !float_as_double(args[0], &x)) return nullptr;
  return bool_ref(std::isnan(x));
}

Ref math_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[4] = {};
  if (!parse_args("isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a, 0, 2))
    return nullptr;
  double x, y, rel_tol = 1e-9, abs_tol = 0.0;
  if (!float_as_double(a[0], &x) || !float_as_double(a[1], &y)) return nullptr;
  if (a[2] && !float_as_double(a[2], &rel_tol)) return nullptr;
  if (a[3] && !float_as_double(a[3], &abs_tol)) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return raise(&Exc_ValueError, "tolerances must be non-negative");
  if (x == y) return bool_ref(true);
  if (std::isinf(x) || std::isinf(y)) return bool_ref(false);
  double diff = std::fabs(y - x);
  return bool_ref(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) ||
                  diff <= abs_tol);
}

// sqrt of the sum of squares, scaled by the largest magnitude to avoid
// overflow; infinities win over NaNs as in CPython.
Ref vector_norm(const std::vector<double>& v) {
  double max = 0.0;
  bool found_nan = false;
  for (double x : v) {
    double a = std::fabs(x);
    if (std::isnan(a)) found_nan = true;
    if (a > max) max = a;
  }
  if (std::isinf(max)) return new_float(max);
  if (found_nan) return new_float(NAN);
  if (max == 0.0 || v.size() <= 1) return new_float(max);
  if (v.size() == 2) return new_float(std::hypot(v[0], v[1]));
  double sum = 0.0, compensation = 0.0;
  for (double x : v) {
    double t = x / max;
    double y = t * t - compensation;
    double s = sum + y;
    compensation = (s - sum) - y;
    sum = s;
  }
  return new_float(max * std::sqrt(sum));
}

Ref math_hypot(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("hypot", kwnames)) return nullptr;
  std::vector<double> v(nargs);
  for (size_t i = 0; i < nargs; ++i)
    if (!float_as_double(args[i], &v[i])) return nullptr;
  return vector_norm(v);
}

bool sequence_doubles(Value seq, std::vector<double>* out) {
  Ref it = get_iter(seq);
  if (!it) return false;
  while (Ref item = iter_next(it)) {
    double d;
    if (!float_as_double(item, &d)) return false;
    out->push_back(d);
  }
  return !err_occurred();
}

Ref math_dist(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!two_args("dist", nargs, kwnames)) return nullptr;
  std::vector<double> p, q;
  if (!sequence_doubles(args[0], &p) || !sequence_doubles(args[1], &q)) return nullptr;
  if (p.size() != q.size())
    return raise(&Exc_ValueError, "both points must have the same number of dimensions");
  for (size_t i = 0; i < p.size(); ++i) p[i] -= q[i];
  return vector_norm(p);
}

Ref math_fsum(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("fsum", nargs, kwnames)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  std::vector<double> partials;  // non-overlapping, increasing magnitude
  double special_sum = 0.0, inf_sum = 0.0;
  while (Ref item = iter_next(it)) {
    double x;
    if (!float_as_double(item, &x)) return nullptr;
    double xsave = x;
    size_t n = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[n++] = lo;
      x = hi;
    }
    partials.resize(n);
    if (x == 0.0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // A non-finite x comes from an inf/nan summand or from overflow.
    if (std::isfinite(xsave)) return raise(&Exc_OverflowError, "intermediate overflow in fsum");
    if (std::isinf(xsave)) inf_sum += xsave;
    special_sum += xsave;
    partials.clear();
  }
  if (err_occurred()) return nullptr;
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(&Exc_ValueError, "-inf + inf in fsum");
    return new_float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the remaining partials tip the balance.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return new_float(hi);
}

Ref math_prod(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("prod", args, nargs, kwnames, {"iterable", "start"}, 1, a, 1, 1)) return nullptr;
  Ref result = a[1] ? Ref::dup(a[1]) : Ref::small(1);
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  while (Ref item = iter_next(it)) {
    result = binary_op(result, item, BinOp::Mul);
    if (!result) return nullptr;
  }
  if (err_occurred()) return nullptr;
  return result;
}

// An int argument through __index__ (floats are rejected, as in CPython).
Ref int_arg(Value v) {
  Ref i = number_index(v);
  if (!i) return nullptr;
  return int_exact(i);
}

Ref factorial_of(Value n) {
  if (int_sign(n) < 0) return raise(&Exc_ValueError, "factorial() not defined for negative values");
  int64_t k;
  if (!int_to_i64(n, &k))
    return raise(&Exc_OverflowError, "factorial() argument should not exceed %ld", long(INT64_MAX));
  if (k > (int64_t(1) << 28)) return raise(&Exc_MemoryError, "%s", "");
  Mpz r;
  mpz_fac_ui(r, uint64_t(k));
  return int_from_mpz_move(r);
}

Ref math_factorial(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("factorial", nargs, kwnames)) return nullptr;
  Ref n = int_arg(args[0]);
  if (!n) return nullptr;
  return factorial_of(n);
}

template <void (*Op)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
Ref gcd_like(const char* name, long empty, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs(name, kwnames)) return nullptr;
  Mpz acc;
  mpz_set_si(acc, empty);
  for (size_t i = 0; i < nargs; ++i) {
    Ref n = int_arg(args[i]);
    if (!n) return nullptr;
    if (i == 0) {
      mpz_abs(acc, MpzView(n));
    } else {
      Op(acc, acc, MpzView(n));
    }
  }
  return int_from_mpz_move(acc);
}

Ref math_gcd(Value, const Value* args, size_t nargs, Value kwnames) {
  return gcd_like<mpz_gcd>("gcd", 0, args, nargs, kwnames);
}

Ref math_lcm(Value, const Value* args, size_t nargs, Value kwnames) {
  return gcd_like<mpz_lcm>("lcm", 1, args, nargs, kwnames);
}

Ref math_isqrt(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!one_arg("isqrt", nargs, kwnames)) return nullptr;
  Ref n = int_arg(args[0]);
  if (!n) return nullptr;
  if (int_sign(n) < 0) return raise(&Exc_ValueError, "isqrt() argument must be nonnegative");
  Mpz r;
  mpz_sqrt(r, MpzView(n));
  return int_from_mpz_move(r);
}

// Binds n and k for comb/perm, checking signs; false on error.
bool comb_args(const char* name, const Value* args, size_t nargs, Value kwnames, size_t min, Ref* n,
               Ref* k) {
  if (!no_kwargs(name, kwnames)) return false;
  if (nargs < min || nargs > 2) {
    if (min == 2) {
      raise(&Exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
    } else {
      raise(&Exc_TypeError, "%s expected at most 2 arguments, got %zu", name, nargs);
    }
    return false;
  }
  *n = int_arg(args[0]);
  if (!*n) return false;
  if (nargs > 1 && !is_none(args[1])) {
    *k = int_arg(args[1]);
    if (!*k) return false;
  }
  if (int_sign(*n) < 0) {
    raise(&Exc_ValueError, "n must be a non-negative integer");
    return false;
  }
  if (*k && int_sign(*k) < 0) {
    raise(&Exc_ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Ref math_comb(Value, const Value* args, size_t nargs, Value kwnames) {
  Ref n, k;
  if (!comb_args("comb", args, nargs, kwnames, 2, &n, &k)) return nullptr;
  if (int_compare(k, n) > 0) return Ref::small(0);
  Ref rest = int_sub(n, k);  // comb(n, k) == comb(n, n - k): use the smaller
  if (!rest) return nullptr;
  Value kk = int_compare(rest, k) < 0 ? rest.get() : k.get();
  int64_t small_k;
  if (!int_to_i64(kk, &small_k))
    return raise(&Exc_OverflowError, "min(n - k, k) must not exceed %ld", long(INT64_MAX));
  Mpz r;
  mpz_bin_ui(r, MpzView(n), uint64_t(small_k));
  return int_from_mpz_move(r);
}

Ref math_perm(Value, const Value* args, size_t nargs, Value kwnames) {
  Ref n, k;
  if (!comb_args("perm", args, nargs, kwnames, 1, &n, &k)) return nullptr;
  if (!k) return factorial_of(n);
  if (int_compare(k, n) > 0) return Ref::small(0);
  int64_t small_k;
  if (!int_to_i64(k, &small_k))
    return raise(&Exc_OverflowError, "k must not exceed %ld", long(INT64_MAX));
  // perm(n, k) == comb(n, k) * k!
  Mpz r, f;
  mpz_bin_ui(r, MpzView(n), uint64_t(small_k));
  mpz_fac_ui(f, uint64_t(small_k));
  mpz_mul(r, r, f);
  return int_from_mpz_move(r);
}

struct MathFunction {
  const char* name;
  NativeFn fn;
};

const MathFunction kFunctions[] = {
    {"sqrt", math_sqrt},         {"exp", math_exp},
    {"exp2", math_exp2},         {"expm1", math_expm1},
    {"log", math_log},           {"log2", math_log2},
    {"log10", math_log10},       {"log1p", math_log1p},
    {"pow", math_pow},           {"sin", math_sin},
    {"cos", math_cos},           {"tan", math_tan},
    {"asin", math_asin},         {"acos", math_acos},
    {"atan", math_atan},         {"atan2", math_atan2},
    {"sinh", math_sinh},         {"cosh", math_cosh},
    {"tanh", math_tanh},         {"asinh", math_asinh},
    {"acosh", math_acosh},       {"atanh", math_atanh},
    {"erf", math_erf},           {"erfc", math_erfc},
    {"gamma", math_gamma},       {"lgamma", math_lgamma},
    {"hypot", math_hypot},       {"dist", math_dist},
    {"floor", math_floor},       {"ceil", math_ceil},
    {"trunc", math_trunc},       {"fabs", math_fabs},
    {"fmod", math_fmod},         {"remainder", math_remainder},
    {"copysign", math_copysign}, {"nextafter", math_nextafter},
    {"ulp", math_ulp},           {"ldexp", math_ldexp},
    {"frexp", math_frexp},       {"modf", math_modf},
    {"cbrt", math_cbrt},         {"factorial", math_factorial},
    {"gcd", math_gcd},           {"lcm", math_lcm},
    {"isqrt", math_isqrt},       {"isfinite", math_isfinite},
    {"isinf", math_isinf},       {"isnan", math_isnan},
    {"isclose", math_isclose},   {"degrees", math_degrees},
    {"radians", math_radians},   {"prod", math_prod},
    {"fsum", math_fsum},         {"comb", math_comb},
    {"perm", math_perm},
};

int math_init(Value module) {
  for (const MathFunction& f : kFunctions)
    if (module_add_function(module, f.name, f.fn) < 0) return -1;
  const struct {
    const char* name;
    double value;
  } constants[] = {{"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN}};
  for (const auto& c : constants) {
    Ref v = new_float(c.value);
    if (!v || module_add_object(module, c.name, v) < 0) return -1;
  }
  return 0;
}

const NativeModuleDef math_module = {"math", math_init};
NativeModuleRegistrar math_reg(&math_module);

}  // namespace
}  // namespace gp
