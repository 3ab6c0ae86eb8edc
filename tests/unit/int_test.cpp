// int: big-int arithmetic, floor semantics, shifts, bases, conversions and
// hashes, checked against values computed with CPython 3.11.
#include "runtime/int.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/str.h"

namespace gp {
namespace {

class IntTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!tstate()) {
      ASSERT_TRUE(runtime_init(RuntimeConfig{}));
    }
  }
  void TearDown() override { err_clear(); }
};

Ref I(const char* text) { return int_from_string(text, 10); }
std::string S(Value v) { return int_to_string(v); }

// The exception type raised by the last failing call, then cleared.
Type* raised() {
  Ref e = err_fetch();
  return e ? type_of(e) : nullptr;
}

TEST_F(IntTest, BigArithmeticMatchesCPython) {
  Ref a = I("1267650600228229401496703217721");  // 2**100 + 12345
  Ref b = I("-717897987691852588770249");        // -(3**50)
  EXPECT_EQ(S(int_add(a, b)), "1267649882330241709644114447472");
  EXPECT_EQ(S(int_sub(a, b)), "1267651318126217093349291987970");
  EXPECT_EQ(S(int_mul(a, b)), "-910043815000214977332758536396707290548635468694382529");
  EXPECT_EQ(S(int_floordiv(a, b)), "-1765781");
  EXPECT_EQ(S(int_mod(a, b)), "-26376277754554615831748");
  EXPECT_EQ(S(int_floordiv(b, a)), "-1");
  EXPECT_EQ(S(int_mod(b, a)), "1267649882330241709644114447472");
  EXPECT_EQ(S(int_pow(a, Value::small(3), Value())),
            "2037035976334486086268445747922328630183173248362502920057243980104983967802398883"
            "967296361");
}

TEST_F(IntTest, ResultsAreNormalisedToSmall) {
  Ref big = I("4611686018427387904");  // 2**62, just past the small range
  EXPECT_FALSE(big.get().is_small());
  Ref back = int_sub(big, Value::small(1));
  ASSERT_TRUE(back.get().is_small());
  EXPECT_EQ(back.get().small_value(), Value::kSmallMax);
  Ref sum = int_add(Value::small(Value::kSmallMax), Value::small(1));
  EXPECT_FALSE(sum.get().is_small());
  EXPECT_EQ(int_compare(sum, big), 0);
  Ref neg = int_floordiv(Value::small(Value::kSmallMin), Value::small(-1));
  EXPECT_EQ(int_compare(neg, big), 0);
  EXPECT_TRUE(int_mul(big, Value::small(0)).get().is_small());
}

TEST_F(IntTest, FloorDivisionAndModuloSigns) {
  struct Case {
    int64_t a, b, q, r;
  } cases[] = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, -3, -2, 0}};
  for (const Case& c : cases) {
    EXPECT_EQ(int_floordiv(Value::small(c.a), Value::small(c.b)).get().small_value(), c.q);
    EXPECT_EQ(int_mod(Value::small(c.a), Value::small(c.b)).get().small_value(), c.r);
  }
  EXPECT_FALSE(int_mod(Value::small(1), Value::small(0)));
  EXPECT_EQ(raised(), &Exc_ZeroDivisionError);
  EXPECT_FALSE(int_floordiv(I("100000000000000000000000"), Value::small(0)));
  EXPECT_EQ(raised(), &Exc_ZeroDivisionError);
}

TEST_F(IntTest, ModularPower) {
  EXPECT_EQ(S(int_pow(Value::small(3), Value::small(-1), Value::small(7))), "5");
  EXPECT_EQ(S(int_pow(Value::small(2), Value::small(100), Value::small(-7))), "-5");
  EXPECT_EQ(S(int_pow(I("12345678901234567890"), Value::small(98765), I("100000000000000000039"))),
            "81671834944732264898");
  EXPECT_FALSE(int_pow(Value::small(2), Value::small(-1), Value::small(4)));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(int_pow(Value::small(2), Value::small(3), Value::small(0)));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_FALSE(int_pow(Value::small(0), Value::small(-1), Value()));
  EXPECT_EQ(raised(), &Exc_ZeroDivisionError);
  Ref half = int_pow(Value::small(2), Value::small(-1), Value());
  ASSERT_TRUE(is_float(half));
  EXPECT_EQ(float_value(half), 0.5);
}

TEST_F(IntTest, ShiftsAndBitwiseOnNegatives) {
  Ref one = Ref::small(1);
  EXPECT_EQ(S(binary_op(one, Value::small(100), BinOp::LShift)), "1267650600228229401496703205376");
  Ref m = I("-1267650600228229401496703205376");  // -(2**100)
  EXPECT_EQ(S(binary_op(m, Value::small(3), BinOp::RShift)), "-158456325028528675187087900672");
  EXPECT_EQ(S(binary_op(Value::small(-1), Value::small(500), BinOp::RShift)), "-1");
  Ref p = I("1267650600228229401496703205377");  // 2**100 + 1
  EXPECT_EQ(S(binary_op(p, Value::small(100), BinOp::RShift)), "1");
  Ref m70 = I("-1180591620717411303424");  // -(2**70)
  EXPECT_EQ(S(binary_op(m70, I("36893488147419103231"), BinOp::And)), "0");
  EXPECT_EQ(S(binary_op(m70, Value::small(12345), BinOp::Or)), "-1180591620717411291079");
  EXPECT_EQ(S(binary_op(I("1180591620717411303424"), Value::small(-1), BinOp::Xor)),
            "-1180591620717411303425");
  EXPECT_EQ(S(invert(I("1208925819614629174706176"))), "-1208925819614629174706177");
  EXPECT_FALSE(binary_op(one, Value::small(-1), BinOp::LShift));
  EXPECT_EQ(raised(), &Exc_ValueError);
}

TEST_F(IntTest, StringsInAllBases) {
  Ref v = int_pow(Value::small(3), Value::small(100), Value());
  EXPECT_EQ(int_to_string(v, 2),
            "10110100100011001010011110010100110011100110111011010000101011001011011010000011111"
            "0111011101011101011010010100011111010101010111001111001110000001001111010001");
  EXPECT_EQ(int_to_string(v, 7), "230231613340145623403214021055230445262243332056242021334");
  EXPECT_EQ(int_to_string(v, 16), "5a4653ca673768565b41f775d6947d55cf3813d1");
  EXPECT_EQ(int_to_string(v, 36), "ajmfwc7pep3zss2fwkm9zm45pd86w29");
  Ref neg = negative(v);
  for (int base = 2; base <= 36; ++base) {
    Ref back = int_from_string(int_to_string(neg, base), base);
    ASSERT_TRUE(back) << base;
    EXPECT_EQ(int_compare(back, neg), 0) << base;
  }
  EXPECT_EQ(S(int_from_string(std::string(30, 'z'), 36)),
            "48873677980689257489322752273774603865660850175");
  EXPECT_EQ(S(int_from_string(" -0b1010_1010\n", 0)), "-170");
  EXPECT_EQ(S(int_from_string("0x_ff", 16)), "255");
  EXPECT_EQ(S(int_from_string("0b1", 16)), "177");
  EXPECT_EQ(S(int_from_string("000", 0)), "0");
}

TEST_F(IntTest, InvalidLiterals) {
  for (const char* bad : {"", " ", "1__0", "_1", "1_", "0x", "010", "0_1", "12a", "- 1", "0x__1"}) {
    EXPECT_FALSE(int_from_string(bad, bad[0] == '0' ? 0 : 10)) << bad;
    EXPECT_EQ(raised(), &Exc_ValueError) << bad;
  }
}

TEST_F(IntTest, DigitLimit) {
  std::string digits(5000, '1');
  EXPECT_FALSE(int_from_string(digits, 10));
  EXPECT_EQ(raised(), &Exc_ValueError);
  EXPECT_TRUE(int_from_string(digits, 16));  // power-of-two bases are exempt
  Ref big = int_pow(Value::small(10), Value::small(4300), Value());
  EXPECT_FALSE(int_repr(big));  // 4301 digits
  EXPECT_EQ(raised(), &Exc_ValueError);
  Ref ok = int_sub(big, Value::small(1));  // 4300 nines
  EXPECT_TRUE(int_repr(ok));
}

TEST_F(IntTest, CorrectlyRoundedConversions) {
  bool overflow;
  EXPECT_EQ(int_to_double(I("18014398509481987"), &overflow), 18014398509481988.0);  // 2**54+3
  EXPECT_EQ(int_to_double(I("9007199254740993"), &overflow), 9007199254740992.0);    // half-even
  EXPECT_FALSE(overflow);
  int_to_double(int_pow(Value::small(2), Value::small(1024), Value()), &overflow);
  EXPECT_TRUE(overflow);
  Ref two_999 = int_pow(Value::small(2), Value::small(999), Value());
  Ref num = int_add(int_pow(Value::small(2), Value::small(1000), Value()), Value::small(1));
  EXPECT_EQ(float_value(int_truediv(num, two_999)), 2.0);
  Ref e30 = int_pow(Value::small(10), Value::small(30), Value());
  EXPECT_EQ(float_repr(float_value(int_truediv(e30, Value::small(7)))), "1.4285714285714285e+29");
  Ref tiny = int_add(int_pow(Value::small(2), Value::small(1074), Value()), Value::small(1));
  Ref huge = int_pow(Value::small(2), Value::small(2148), Value());
  EXPECT_EQ(float_value(int_truediv(tiny, huge)), 5e-324);
  EXPECT_EQ(float_value(
                int_truediv(Value::small(1), int_pow(Value::small(3), Value::small(700), Value()))),
            0.0);
  EXPECT_FALSE(int_truediv(int_pow(Value::small(10), Value::small(400), Value()), Value::small(3)));
  EXPECT_EQ(raised(), &Exc_OverflowError);
  EXPECT_TRUE(std::signbit(float_value(int_truediv(Value::small(0), Value::small(-5)))));
}

TEST_F(IntTest, NumericHashAgreesAcrossTypes) {
  EXPECT_EQ(int_hash(Value::small(-1)), -2);
  EXPECT_EQ(int_hash(Value::small(Value::kSmallMax)), 1);  // 2**62 - 1
  EXPECT_EQ(int_hash(Value::small(-Value::kSmallMax)), -2);
  EXPECT_EQ(int_hash(Value::small((int64_t(1) << 61) - 1)), 0);
  EXPECT_EQ(int_hash(Value::small((int64_t(1) << 61) - 2)), 2305843009213693950);
  EXPECT_EQ(int_hash(int_pow(Value::small(2), Value::small(61), Value())), 1);
  Ref p100 = int_pow(Value::small(2), Value::small(100), Value());
  EXPECT_EQ(int_hash(p100), 549755813888);
  EXPECT_EQ(int_hash(negative(p100)), -549755813888);
  EXPECT_EQ(float_hash(1.0), int_hash(Value::small(1)));
  EXPECT_EQ(hash(True()), hash(Value::small(1)));
  EXPECT_EQ(float_hash(0.1), 230584300921369408);
  EXPECT_EQ(float_hash(-0.5), -1152921504606846976);
  EXPECT_EQ(float_hash(1e300), 1224995262755759164);
  EXPECT_EQ(float_hash(2.5e-300), 52920977297143526);
  EXPECT_EQ(float_hash(1267650600228229401496703205376.0), int_hash(p100));
}

TEST_F(IntTest, BoolIsAnInt) {
  Ref two = binary_op(True(), Value::small(1), BinOp::Add);
  EXPECT_EQ(two.get().small_value(), 2);
  EXPECT_TRUE(binary_op(True(), True(), BinOp::And).get().is(True()));
  EXPECT_EQ(binary_op(True(), Value::small(2), BinOp::Or).get().small_value(), 3);
  EXPECT_EQ(invert(True()).get().small_value(), -2);
  EXPECT_EQ(str(True()).as<Str>()->view(), "True");
}

}  // namespace
}  // namespace gp
