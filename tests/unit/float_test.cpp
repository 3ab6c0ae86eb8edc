// float: repr of tricky values, parsing, formatting, exact mixed
// comparisons, pow errors and correctly rounded round(), against CPython 3.11.
#include "runtime/float.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class FloatTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!tstate()) {
      ASSERT_TRUE(runtime_init(RuntimeConfig{}));
    }
  }
  void TearDown() override { err_clear(); }
};

Type* raised() {
  Ref e = err_fetch();
  return e ? type_of(e) : nullptr;
}

TEST_F(FloatTest, ReprIsShortestRoundTrip) {
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1e22), "1e+22");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(float_repr(1.2345678901234568e16), "1.2345678901234568e+16");
  EXPECT_EQ(float_repr(1e-05), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(HUGE_VAL), "inf");
  EXPECT_EQ(float_repr(-HUGE_VAL), "-inf");
  EXPECT_EQ(float_repr(NAN), "nan");
}

TEST_F(FloatTest, Parse) {
  double d;
  ASSERT_TRUE(float_parse("1_0.5", &d));
  EXPECT_EQ(d, 10.5);
  ASSERT_TRUE(float_parse("  -InFinity \n", &d));
  EXPECT_EQ(d, -HUGE_VAL);
  ASSERT_TRUE(float_parse("1e500", &d));
  EXPECT_EQ(d, HUGE_VAL);
  ASSERT_TRUE(float_parse("-1e-500", &d));
  EXPECT_TRUE(d == 0.0 && std::signbit(d));
  ASSERT_TRUE(float_parse("4e-320", &d));
  EXPECT_EQ(d, 4e-320);
  ASSERT_TRUE(float_parse(".5", &d));
  EXPECT_EQ(d, 0.5);
  ASSERT_TRUE(float_parse("+1.", &d));
  EXPECT_EQ(d, 1.0);
  ASSERT_TRUE(float_parse("nan", &d));
  EXPECT_TRUE(std::isnan(d));
  for (const char* bad : {"", "x", "nan(1)", "1__0", "_1", "1_", "1_.5", ".", "1e", "0x10", "1e+"})
    EXPECT_FALSE(float_parse(bad, &d)) << bad;
}

TEST_F(FloatTest, FormatLikePrintf) {
  EXPECT_EQ(float_format(1234.5, 'e', 3, false), "1.234e+03");
  EXPECT_EQ(float_format(1e16, 'g', 10, false), "1e+16");
  EXPECT_EQ(float_format(1.0, 'g', 3, true), "1.00");
  EXPECT_EQ(float_format(2.675, 'f', 2, false), "2.67");
  EXPECT_EQ(float_format(0.5, 'f', 0, false), "0");
  EXPECT_EQ(float_format(100.0, 'g', 12, false, true), "100.0");
  EXPECT_EQ(float_format(-HUGE_VAL, 'F', 2, false), "-INF");
  EXPECT_EQ(float_format(0.1, 'r', 0, false), "0.1");
}

TEST_F(FloatTest, MixedComparisonsAreExact) {
  Ref big = int_add(int_pow(Value::small(2), Value::small(53), Value()), Value::small(1));
  EXPECT_EQ(float_compare_int(9007199254740992.0, big), -1);
  EXPECT_EQ(compare_bool(big, new_float(9007199254740992.0), CompareOp::Eq), 0);
  EXPECT_EQ(compare_bool(big, new_float(9007199254740992.0), CompareOp::Gt), 1);
  Ref huge = int_pow(Value::small(2), Value::small(1024), Value());
  EXPECT_EQ(compare_bool(huge, new_float(HUGE_VAL), CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(new_float(1.5), Value::small(1), CompareOp::Gt), 1);
  EXPECT_EQ(compare_bool(new_float(-0.5), Value::small(0), CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(new_float(NAN), Value::small(0), CompareOp::Ne), 1);
  EXPECT_EQ(compare_bool(new_float(3.0), Value::small(3), CompareOp::Eq), 1);
}

TEST_F(FloatTest, ArithmeticWithInts) {
  Ref r = binary_op(Value::small(-7), new_float(2.0), BinOp::FloorDiv);
  EXPECT_EQ(float_value(r), -4.0);
  r = binary_op(new_float(-7.0), Value::small(2), BinOp::Mod);
  EXPECT_EQ(float_value(r), 1.0);
  r = binary_op(new_float(7.0), new_float(-2.0), BinOp::Mod);
  EXPECT_EQ(float_value(r), -1.0);
  EXPECT_FALSE(binary_op(new_float(1.0), Value::small(0), BinOp::TrueDiv));
  EXPECT_EQ(raised(), &Exc_ZeroDivisionError);
  EXPECT_FALSE(
      binary_op(new_float(1.0), int_pow(Value::small(2), Value::small(1024), Value()), BinOp::Mul));
  EXPECT_EQ(raised(), &Exc_OverflowError);
}

TEST_F(FloatTest, PowerRules) {
  EXPECT_FALSE(float_pow(0.0, -1.0));
  EXPECT_EQ(raised(), &Exc_ZeroDivisionError);
  EXPECT_FALSE(float_pow(2.0, 10000.0));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  EXPECT_FALSE(float_pow(-8.0, 1.0 / 3));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_EQ(float_value(float_pow(-2.0, 3.0)), -8.0);
  EXPECT_EQ(float_value(float_pow(NAN, 0.0)), 1.0);
  EXPECT_EQ(float_value(float_pow(1.0, NAN)), 1.0);
  EXPECT_EQ(float_value(float_pow(-HUGE_VAL, 3.0)), -HUGE_VAL);
}

double round_to(double x, int64_t nd) {
  Ref m = getattr(new_float(x), "__round__");
  Ref r = call1(m, Value::small(nd));
  return r ? float_value(r) : std::numeric_limits<double>::quiet_NaN();
}

TEST_F(FloatTest, RoundIsCorrectlyRounded) {
  EXPECT_EQ(round_to(2.675, 2), 2.67);
  EXPECT_EQ(round_to(0.125, 2), 0.12);
  EXPECT_EQ(round_to(1234.5, -1), 1230.0);
  EXPECT_EQ(round_to(1e300, -299), 1e300);
  EXPECT_EQ(round_to(5e-324, 323), 0.0);
  EXPECT_EQ(round_to(123.456, -1), 120.0);
  EXPECT_TRUE(std::isnan(round_to(1.7976931348623157e308, -308)));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  Ref half = call0(getattr(new_float(2.5), "__round__"));
  EXPECT_EQ(half.get().small_value(), 2);
}

TEST_F(FloatTest, StrConstructorMessages) {
  Ref s = new_str("abc");
  EXPECT_FALSE(float_from_value(s));
  Ref e = err_fetch();
  EXPECT_EQ(str(e).as<Str>()->view(), "could not convert string to float: 'abc'");
  EXPECT_FALSE(int_from_value(s));
  e = err_fetch();
  EXPECT_EQ(str(e).as<Str>()->view(), "invalid literal for int() with base 10: 'abc'");
}

}  // namespace
}  // namespace gp

namespace gp {
namespace {

std::string R(Value v) {
  Ref r = repr(v);
  return r ? std::string(r.as<Str>()->view()) : "<error>";
}

Ref callm(Value obj, const char* name, std::initializer_list<Value> args) {
  return call_method(obj, name, args.begin(), args.size());
}

TEST_F(FloatTest, HexAndRatio) {
  EXPECT_EQ(R(callm(new_float(0.1), "hex", {})), "'0x1.999999999999ap-4'");
  EXPECT_EQ(R(callm(new_float(-0.0), "hex", {})), "'-0x0.0p+0'");
  EXPECT_EQ(R(callm(new_float(5e-324), "hex", {})), "'0x0.0000000000001p-1022'");
  Value ft = Value(&FloatType);
  EXPECT_EQ(R(callm(ft, "fromhex", {new_str("0x1.999999999999ap-4")})), "0.1");
  EXPECT_EQ(R(callm(ft, "fromhex", {new_str("  -0X1P-1074 ")})), "-5e-324");
  EXPECT_EQ(R(callm(ft, "fromhex", {new_str("1.8")})), "1.5");
  EXPECT_EQ(R(callm(ft, "fromhex", {new_str("0x.8p1")})), "1.0");
  EXPECT_FALSE(callm(ft, "fromhex", {new_str("0x1p9999")}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  EXPECT_FALSE(callm(ft, "fromhex", {new_str("zz")}));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_EQ(R(callm(new_float(0.75), "as_integer_ratio", {})), "(3, 4)");
  EXPECT_EQ(R(callm(new_float(-2.5), "as_integer_ratio", {})), "(-5, 2)");
  EXPECT_FALSE(callm(new_float(HUGE_VAL), "as_integer_ratio", {}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
}

TEST_F(FloatTest, IntBytesRoundTrip) {
  Ref little = new_str("little");
  Ref r = call_method(Value::small(1024), "to_bytes",
                      std::initializer_list<Value>{Value::small(4), little.get()}.begin(), 2);
  EXPECT_EQ(R(r), "b'\\x00\\x04\\x00\\x00'");
  Ref kw = new_tuple({new_str("signed")});
  Value args[] = {Value::small(-129), Value::small(2), True()};
  Ref m = getattr(args[0], "to_bytes");
  EXPECT_EQ(R(call(m, args + 1, 1, kw)), "b'\\xff\\x7f'");
  EXPECT_FALSE(callm(Value::small(-5), "to_bytes", {Value::small(1)}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  EXPECT_FALSE(callm(Value::small(500), "to_bytes", {Value::small(1)}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  Ref from = getattr(Value(&IntType), "from_bytes");
  Value fargs[] = {r.get(), little.get(), True()};
  Ref kw2 = new_tuple({new_str("signed")});
  EXPECT_EQ(R(call(from, fargs, 2, kw2)), "1024");
}

TEST_F(FloatTest, Constructors) {
  Value it = Value(&IntType), ft = Value(&FloatType);
  EXPECT_EQ(R(call1(ft, new_str(" 1_0.5 "))), "10.5");
  EXPECT_EQ(R(call1(ft, Value::small(3))), "3.0");
  EXPECT_EQ(R(call1(it, new_float(-3.9))), "-3");
  EXPECT_EQ(R(call2(it, new_str("ff"), Value::small(16))), "255");
  EXPECT_EQ(R(call1(it, True())), "1");
  EXPECT_FALSE(call1(it, new_float(NAN)));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(call2(it, Value::small(5), Value::small(10)));
  EXPECT_EQ(raised(), &Exc_TypeError);
  EXPECT_EQ(R(call1(Value(&BoolType), new_str(""))), "False");
}

class MathTest : public FloatTest {};

Ref math_call(const char* name, std::initializer_list<Value> args) {
  Ref math = import_module("math");
  if (!math) return nullptr;
  Ref f = getattr(math, name);
  if (!f) return nullptr;
  return call(f, args.begin(), args.size());
}

TEST_F(MathTest, MatchesCPython) {
  Ref big = int_pow(Value::small(10), Value::small(1000), Value());
  EXPECT_EQ(R(math_call("log", {big})), "2302.585092994045");
  EXPECT_EQ(R(math_call("log2", {int_pow(Value::small(2), Value::small(2000), Value())})),
            "2000.0");
  EXPECT_EQ(R(math_call("log", {Value::small(8), Value::small(2)})), "3.0");
  EXPECT_EQ(R(math_call("sqrt", {Value::small(2)})), "1.4142135623730951");
  EXPECT_EQ(R(math_call("hypot", {Value::small(3), Value::small(4), Value::small(12)})), "13.0");
  EXPECT_EQ(R(math_call("comb", {Value::small(100), Value::small(50)})),
            "100891344545564193334812497256");
  EXPECT_EQ(R(math_call("perm", {Value::small(20), Value::small(5)})), "1860480");
  EXPECT_EQ(R(math_call("factorial", {Value::small(25)})), "15511210043330985984000000");
  EXPECT_EQ(R(math_call("gcd", {Value::small(-12), Value::small(18), Value::small(27)})), "3");
  EXPECT_EQ(R(math_call("lcm", {Value::small(4), Value::small(6), Value::small(10)})), "60");
  EXPECT_EQ(R(math_call("floor", {new_float(-2.5)})), "-3");
  EXPECT_EQ(R(math_call("trunc", {new_float(-2.5)})), "-2");
  EXPECT_EQ(R(math_call("fmod", {Value::small(-7), Value::small(3)})), "-1.0");
  EXPECT_EQ(R(math_call("atan2", {Value::small(1), Value::small(-1)})), "2.356194490192345");
  EXPECT_EQ(R(math_call("ulp", {new_float(1e300)})), "1.487016908477783e+284");
  Ref tenth = new_float(0.1);
  Ref parts = new_tuple({tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth});
  EXPECT_EQ(R(math_call("fsum", {parts})), "1.0");
  Ref mixed = new_tuple({new_float(1e100), new_float(1.0), new_float(-1e100), new_float(1e-100),
                         new_float(1e50), new_float(-1.0), new_float(-1e50)});
  EXPECT_EQ(R(math_call("fsum", {mixed})), "1e-100");
}

TEST_F(MathTest, Errors) {
  EXPECT_FALSE(math_call("sqrt", {Value::small(-1)}));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(math_call("exp", {Value::small(1000)}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  EXPECT_FALSE(math_call("log", {Value::small(0)}));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(math_call("factorial", {new_float(3.0)}));
  EXPECT_EQ(raised(), &Exc_TypeError);
  EXPECT_FALSE(math_call("pow", {Value::small(0), Value::small(-1)}));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(math_call("gamma", {Value::small(0)}));
  EXPECT_EQ(raised(), &Exc_ValueError);
  Ref over = new_tuple({new_float(1e308), new_float(1e308)});
  EXPECT_FALSE(math_call("fsum", {over}));
  EXPECT_EQ(raised(), &Exc_OverflowError);
}

}  // namespace
}  // namespace gp
