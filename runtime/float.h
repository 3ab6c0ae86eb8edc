// float: an IEEE double in a heap object.
//
// Arithmetic slots accept float, int and bool operands (int op float lands
// here: int's slots decline floats). repr is CPython's: the shortest digits
// that round-trip, laid out as 0.1, 1e+16, 1e-05. Comparisons with ints are
// exact, and hashes agree with int hashes for integral values.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type FloatType;

struct FloatObject : Object {
  double value;
};

inline bool is_float(Value v) { return v.is_obj() && (v.obj()->type->flags & kTpFloatSubclass); }
inline double float_value(Value v) { return v.as<FloatObject>()->value; }

Ref new_float(double d);
// Frees the calling thread's recycled floats (at thread exit).
void float_clear_free_list();
// float(x) for any value: float, int, str, objects with __float__/__index__.
Ref float_from_value(Value v);
// Converts int or float to double, raising TypeError for other types and
// OverflowError for ints too large ("int too large to convert to float").
bool to_double(Value v, double* out);
// CPython's PyFloat_AsDouble: float, int, or any object with __float__ or
// __index__; TypeError "must be real number, not str" otherwise. Used by the
// math module and other native functions taking a float argument.
bool float_as_double(Value v, double* out);
// CPython's repr(float): shortest round-trip digits, "inf", "nan", "1e+16".
std::string float_repr(double d);
int64_t float_hash(double d);

// CPython's PyOS_double_to_string without sign flags: type 'e' 'E' 'f' 'F'
// 'g' 'G' with `precision` digits, or 'r' for repr (precision ignored); `alt`
// is the '#' flag; `add_dot_0` appends ".0" when the text would otherwise
// look like an int (format(x, '') with a precision uses 'g' plus this).
// inf/nan print as inf, -inf, nan (upper case for 'E' 'F' 'G').
std::string float_format(double v, char type, int precision, bool alt, bool add_dot_0 = false);
// Parses float() syntax (whitespace, sign, underscores between digits,
// inf/infinity/nan in any case); false when the text is invalid (no
// exception set). Out-of-range values become inf or 0 as in CPython.
bool float_parse(std::string_view text, double* out);
// a ** b with CPython's float rules and errors (ZeroDivisionError for
// 0.0 ** negative, OverflowError (34, 'Numerical result out of range')).
// A negative base with a non-integral exponent (a complex result in CPython)
// raises ValueError "complex numbers are not supported".
Ref float_pow(double a, double b);
// divmod(a, b) for floats and ints with at least one float: (a // b, a % b)
// with CPython's "float divmod()" ZeroDivisionError; NotImplemented for
// other operand types. (int_divmod in int.h handles two ints.)
Ref float_divmod(Value a, Value b);
// Exact comparison of a finite or infinite double with an int: -1, 0, 1.
// Precondition: d is not NaN.
int float_compare_int(double d, Value i);

}  // namespace gp
