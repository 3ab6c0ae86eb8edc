// dict and set: ordering, deletion, growth, key identity across numeric
// types, error messages and set algebra, checked against CPython 3.11.
#include "runtime/dict.h"

#include <gtest/gtest.h>

#include <string>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class DictTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!tstate()) {
      ASSERT_TRUE(runtime_init(RuntimeConfig{}));
    }
  }
  void TearDown() override { err_clear(); }
};

std::string R(Value v) {
  Ref r = repr(v);
  return r ? std::string(r.as<Str>()->view()) : "<error>";
}

// "Type: message" of the pending exception, which is cleared.
std::string error_text() {
  Ref e = err_fetch();
  if (!e) return "";
  Ref s = exception_str(e);
  return std::string(type_of(e)->name) + ": " + std::string(s.as<Str>()->view());
}

Ref S(const char* s) { return new_str(s); }

std::string keys_of(Value d) {
  std::string out;
  size_t pos = 0;
  Value k;
  while (dict_next(d, &pos, &k, nullptr)) out += R(k) + " ";
  return out;
}

TEST_F(DictTest, InsertionOrderAndOverwrite) {
  Ref d = new_dict();
  for (const char* k : {"b", "a", "c"}) ASSERT_EQ(dict_set(d, S(k), Value::small(1)), 0);
  ASSERT_EQ(dict_set(d, S("a"), Value::small(2)), 0);  // overwrite keeps position
  EXPECT_EQ(keys_of(d), "'b' 'a' 'c' ");
  EXPECT_EQ(R(d), "{'b': 1, 'a': 2, 'c': 1}");
  EXPECT_EQ(length(d), 3);
}

TEST_F(DictTest, DeleteAndReinsertMovesToEnd) {
  Ref d = new_dict();
  for (int i = 0; i < 6; ++i) ASSERT_EQ(dict_set(d, Value::small(i), None()), 0);
  for (int i = 0; i < 6; i += 2) ASSERT_EQ(dict_del(d, Value::small(i)), 0);
  for (int i = 0; i < 6; i += 2) ASSERT_EQ(dict_set(d, Value::small(i), None()), 0);
  EXPECT_EQ(keys_of(d), "1 3 5 0 2 4 ");
  EXPECT_EQ(dict_del(d, Value::small(42)), -1);
  EXPECT_EQ(error_text(), "KeyError: 42");
}

TEST_F(DictTest, GrowsToManyKeysAndShrinksBack) {
  Ref d = new_dict();
  constexpr int kN = 100000;
  for (int i = 0; i < kN; ++i) ASSERT_EQ(dict_set(d, Value::small(i * 7), Value::small(i)), 0);
  EXPECT_EQ(length(d), kN);
  for (int i = 0; i < kN; ++i) {
    Value v = dict_get(d, Value::small(i * 7));
    ASSERT_TRUE(v.is(Value::small(i))) << i;
  }
  EXPECT_TRUE(dict_get(d, Value::small(3)).is_null());
  EXPECT_FALSE(err_occurred());
  for (int i = 0; i < kN; i += 2) ASSERT_EQ(dict_del(d, Value::small(i * 7)), 0);
  EXPECT_EQ(length(d), kN / 2);
  // Churn through deletions and reinsertion: the table compacts itself.
  for (int round = 0; round < 3; ++round) {
    for (int i = 1; i < kN; i += 2) ASSERT_EQ(dict_del(d, Value::small(i * 7)), 0);
    for (int i = 1; i < kN; i += 2) ASSERT_EQ(dict_set(d, Value::small(i * 7), None()), 0);
  }
  EXPECT_EQ(length(d), kN / 2);
  dict_clear(d);
  EXPECT_EQ(length(d), 0);
  EXPECT_EQ(R(d), "{}");
}

TEST_F(DictTest, OneFloatOneAndTrueAreTheSameKey) {
  Ref d = new_dict();
  Ref one_f = new_float(1.0);
  ASSERT_EQ(dict_set(d, Value::small(1), S("int")), 0);
  ASSERT_EQ(dict_set(d, one_f, S("float")), 0);
  ASSERT_EQ(dict_set(d, True(), S("bool")), 0);
  EXPECT_EQ(length(d), 1);
  EXPECT_EQ(R(d), "{1: 'bool'}");  // the first key object stays
  EXPECT_EQ(dict_contains(d, one_f), 1);
}

TEST_F(DictTest, StrKeysMatchByContentNotIdentity) {
  Ref d = new_dict();
  ASSERT_EQ(dict_set_str(d, "name", Value::small(5)), 0);
  Ref other = S("name");  // a distinct, non-interned object
  EXPECT_TRUE(dict_get(d, other).is(Value::small(5)));
  EXPECT_TRUE(dict_get_str(d, intern("name")).is(Value::small(5)));
  EXPECT_TRUE(dict_get_cstr(d, "name").is(Value::small(5)));
  EXPECT_TRUE(dict_get_cstr(d, "nam").is_null());
}

TEST_F(DictTest, MissingKeyErrorsMatchCPython) {
  Ref d = new_dict();
  EXPECT_TRUE(getitem(d, S("a")).is_null());
  EXPECT_EQ(error_text(), "KeyError: 'a'");
  Ref key = new_tuple({Value::small(1)});
  EXPECT_TRUE(getitem(d, key).is_null());
  EXPECT_EQ(error_text(), "KeyError: (1,)");
  EXPECT_TRUE(call_method(d, "popitem", nullptr, 0).is_null());
  EXPECT_EQ(error_text(), "KeyError: 'popitem(): dictionary is empty'");
  Ref lst = new_list();
  EXPECT_EQ(dict_set(d, lst, None()), -1);
  EXPECT_EQ(error_text(), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(hash(d), -1);
  EXPECT_EQ(error_text(), "TypeError: unhashable type: 'dict'");
}

TEST_F(DictTest, UpdateFromPairsChecksLengths) {
  Ref d = new_dict();
  Ref pair = new_tuple({Value::small(1), Value::small(2)});
  Ref triple = new_tuple({Value::small(1), Value::small(2), Value::small(3)});
  Value pair_v = pair;
  Ref good = new_list_from(&pair_v, 1);
  ASSERT_EQ(dict_update(d, good), 0);
  EXPECT_EQ(R(d), "{1: 2}");
  Value bad_items[] = {pair, triple};
  Ref bad = new_list_from(bad_items, 2);
  EXPECT_EQ(dict_update(d, bad), -1);
  EXPECT_EQ(error_text(),
            "ValueError: dictionary update sequence element #1 has length 3; 2 is required");
  Value ints[] = {Value::small(1)};
  Ref not_seq = new_list_from(ints, 1);
  EXPECT_EQ(dict_update(d, not_seq), -1);
  EXPECT_EQ(error_text(),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
}

TEST_F(DictTest, CopyEqualityAndOr) {
  Ref a = new_dict();
  for (int i = 0; i < 10; ++i) ASSERT_EQ(dict_set(a, Value::small(i), Value::small(i * i)), 0);
  ASSERT_EQ(dict_del(a, Value::small(3)), 0);
  Ref b = dict_copy(a);
  EXPECT_EQ(compare_bool(a, b, CompareOp::Eq), 1);
  ASSERT_EQ(dict_set(b, Value::small(3), None()), 0);
  EXPECT_EQ(compare_bool(a, b, CompareOp::Eq), 0);
  Ref c = binary_op(a, b, BinOp::Or);
  ASSERT_TRUE(c);
  EXPECT_EQ(length(c), 10);
  EXPECT_EQ(keys_of(c), "0 1 2 4 5 6 7 8 9 3 ");
}

TEST_F(DictTest, IterationDetectsSizeChange) {
  Ref d = new_dict();
  ASSERT_EQ(dict_set(d, Value::small(1), None()), 0);
  Ref it = get_iter(d);
  ASSERT_EQ(dict_set(d, Value::small(2), None()), 0);
  EXPECT_TRUE(iter_next(it).is_null());
  EXPECT_EQ(error_text(), "RuntimeError: dictionary changed size during iteration");
}

TEST_F(DictTest, ViewsReprAndSetOperations) {
  Ref d = new_dict();
  ASSERT_EQ(dict_set(d, Value::small(1), Value::small(2)), 0);
  ASSERT_EQ(dict_set(d, Value::small(3), Value::small(4)), 0);
  Ref keys = dict_view(d, DictIterKind::Keys);
  Ref items = dict_view(d, DictIterKind::Items);
  EXPECT_EQ(R(keys), "dict_keys([1, 3])");
  EXPECT_EQ(R(items), "dict_items([(1, 2), (3, 4)])");
  EXPECT_EQ(R(dict_view(d, DictIterKind::Values)), "dict_values([2, 4])");
  Value one[] = {Value::small(3), Value::small(5)};
  Ref s = new_set(Ref(new_list_from(one, 2)));
  EXPECT_EQ(R(binary_op(keys, s, BinOp::And)), "{3}");
  EXPECT_EQ(R(binary_op(s, keys, BinOp::Sub)), "{5}");
  Ref pair = new_tuple({Value::small(3), Value::small(4)});
  EXPECT_EQ(contains(items, pair), 1);
  Ref rev = list_from_iterable(Ref(reversed_of(items)));
  EXPECT_EQ(R(rev), "[(3, 4), (1, 2)]");
}

TEST_F(DictTest, SetAlgebra) {
  Value xs[] = {Value::small(1), Value::small(2), Value::small(3)};
  Value ys[] = {Value::small(3), Value::small(4)};
  Ref a = new_set(Ref(new_list_from(xs, 3)));
  Ref b = new_set(Ref(new_list_from(ys, 2)));
  EXPECT_EQ(R(binary_op(a, b, BinOp::Or)), "{1, 2, 3, 4}");
  EXPECT_EQ(R(binary_op(a, b, BinOp::And)), "{3}");
  EXPECT_EQ(R(binary_op(a, b, BinOp::Sub)), "{1, 2}");
  EXPECT_EQ(R(binary_op(a, b, BinOp::Xor)), "{1, 2, 4}");
  EXPECT_EQ(compare_bool(a, b, CompareOp::Le), 0);
  Ref sub = new_set(Ref(new_list_from(xs, 2)));
  EXPECT_EQ(compare_bool(sub, a, CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(a, a, CompareOp::Lt), 0);
  EXPECT_EQ(set_discard(a, Value::small(2)), 1);
  EXPECT_EQ(set_discard(a, Value::small(2)), 0);
  EXPECT_EQ(R(a), "{1, 3}");
  EXPECT_TRUE(call_method(a, "remove", &xs[1], 1).is_null());
  EXPECT_EQ(error_text(), "KeyError: 2");
  Ref empty = new_set();
  EXPECT_EQ(R(empty), "set()");
  EXPECT_TRUE(call_method(empty, "pop", nullptr, 0).is_null());
  EXPECT_EQ(error_text(), "KeyError: 'pop from an empty set'");
  // frozenset: result type follows the left operand; hash ignores order.
  Value rev[] = {Value::small(3), Value::small(2), Value::small(1)};
  Ref f1 = new_frozenset(Ref(new_list_from(xs, 3)));
  Ref f2 = new_frozenset(Ref(new_list_from(rev, 3)));
  EXPECT_EQ(hash(f1), hash(f2));
  EXPECT_EQ(R(binary_op(f1, b, BinOp::Or)), "frozenset({1, 2, 3, 4})");
  EXPECT_EQ(R(binary_op(b, f1, BinOp::And)), "{3}");
  EXPECT_EQ(R(new_frozenset()), "frozenset()");
  // A set key is looked up as the equal frozenset.
  Ref holder = new_set();
  ASSERT_EQ(set_add(holder, f1), 0);
  Ref probe = new_set(Ref(new_list_from(rev, 3)));
  EXPECT_EQ(set_contains(holder, probe), 1);
}

TEST_F(DictTest, SetGrowthAndRemoval) {
  Ref s = new_set();
  for (int i = 0; i < 20000; ++i) ASSERT_EQ(set_add(s, Value::small(i)), 0);
  for (int i = 0; i < 20000; i += 3) ASSERT_EQ(set_discard(s, Value::small(i)), 1);
  size_t n = 0;
  for (int i = 0; i < 20000; ++i) n += set_contains(s, Value::small(i));
  EXPECT_EQ(n, set_size(s));
  EXPECT_EQ(n, 20000u - 6667u);
}

}  // namespace
}  // namespace gp
