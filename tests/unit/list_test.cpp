// list, tuple, range and the builtin iterators: slicing, sort stability,
// reprs, hashes and error messages, checked against CPython 3.11.
#include "runtime/list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/iterators.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class ListTest : public ::testing::Test {
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

std::string error_text() {
  Ref e = err_fetch();
  if (!e) return "";
  Ref s = exception_str(e);
  return std::string(type_of(e)->name) + ": " + std::string(s.as<Str>()->view());
}

Ref ints(std::initializer_list<int> xs) {
  Ref l = new_list();
  for (int x : xs) list_append(l, Value::small(x));
  return l;
}

Ref range_of(int start, int stop, int step = 1) {
  return new_range(Value::small(start), Value::small(stop), Value::small(step));
}

Ref slice_of(Value start, Value stop, Value step) { return new_slice(start, stop, step); }

TEST_F(ListTest, AppendPopInsertRemove) {
  Ref l = ints({1, 2, 3});
  Value zero = Value::small(0), minus = Value::small(-1);
  EXPECT_EQ(R(call_method(l, "pop", &zero, 1)), "1");
  Value ins[] = {Value::small(-100), Value::small(9)};
  ASSERT_TRUE(call_method(l, "insert", ins, 2));
  EXPECT_EQ(R(l), "[9, 2, 3]");
  EXPECT_EQ(R(call_method(l, "pop", &minus, 1)), "3");
  Value two = Value::small(2);
  ASSERT_TRUE(call_method(l, "remove", &two, 1));
  EXPECT_TRUE(call_method(l, "remove", &two, 1).is_null());
  EXPECT_EQ(error_text(), "ValueError: list.remove(x): x not in list");
  EXPECT_TRUE(call_method(l, "index", &two, 1).is_null());
  EXPECT_EQ(error_text(), "ValueError: 2 is not in list");
  ASSERT_TRUE(call_method(l, "pop", nullptr, 0));
  EXPECT_TRUE(call_method(l, "pop", nullptr, 0).is_null());
  EXPECT_EQ(error_text(), "IndexError: pop from empty list");
  EXPECT_TRUE(getitem(l, Value::small(0)).is_null());
  EXPECT_EQ(error_text(), "IndexError: list index out of range");
  EXPECT_EQ(setitem(l, Value::small(0), None()), -1);
  EXPECT_EQ(error_text(), "IndexError: list assignment index out of range");
}

TEST_F(ListTest, SlicingWithSteps) {
  Ref l = list_from_iterable(Ref(range_of(0, 10)));
  EXPECT_EQ(R(getitem(l, Ref(slice_of(Value::small(1), Value::small(8), Value::small(3))))),
            "[1, 4, 7]");
  EXPECT_EQ(R(getitem(l, Ref(slice_of(None(), None(), Value::small(-4))))), "[9, 5, 1]");
  EXPECT_EQ(R(getitem(l, Ref(slice_of(Value::small(-3), None(), None())))), "[7, 8, 9]");
  // del l[::3]
  ASSERT_EQ(delitem(l, Ref(slice_of(None(), None(), Value::small(3)))), 0);
  EXPECT_EQ(R(l), "[1, 2, 4, 5, 7, 8]");
  // l[1:3] = [0, 0, 0] grows the list.
  ASSERT_EQ(
      setitem(l, Ref(slice_of(Value::small(1), Value::small(3), None())), Ref(ints({0, 0, 0}))), 0);
  EXPECT_EQ(R(l), "[1, 0, 0, 0, 5, 7, 8]");
  // l[:] = l copies before assigning.
  ASSERT_EQ(setitem(l, Ref(slice_of(None(), None(), None())), l), 0);
  EXPECT_EQ(length(l), 7);
  // l[::2] = [...] needs the exact size.
  Ref step2 = slice_of(None(), None(), Value::small(2));
  EXPECT_EQ(setitem(l, step2, Ref(ints({1, 2}))), -1);
  EXPECT_EQ(error_text(),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 4");
  ASSERT_EQ(setitem(l, step2, Ref(ints({-1, -2, -3, -4}))), 0);
  EXPECT_EQ(R(l), "[-1, 0, -2, 0, -3, 7, -4]");
  EXPECT_EQ(setitem(l, step2, Value::small(5)), -1);
  EXPECT_EQ(error_text(), "TypeError: must assign iterable to extended slice");
}

TEST_F(ListTest, ConcatRepeatAndCompare) {
  Ref a = ints({1, 2});
  Ref b = ints({1, 3});
  EXPECT_EQ(R(binary_op(a, b, BinOp::Add)), "[1, 2, 1, 3]");
  EXPECT_EQ(R(binary_op(a, Value::small(2), BinOp::Mul)), "[1, 2, 1, 2]");
  EXPECT_EQ(R(binary_op(Value::small(-1), a, BinOp::Mul)), "[]");
  EXPECT_EQ(compare_bool(a, b, CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(a, a, CompareOp::Eq), 1);
  Ref t = new_tuple({Value::small(1)});
  EXPECT_TRUE(binary_op(a, t, BinOp::Add).is_null());
  EXPECT_EQ(error_text(), "TypeError: can only concatenate list (not \"tuple\") to list");
  Ref f = new_float(1.5);
  EXPECT_TRUE(binary_op(a, f, BinOp::Mul).is_null());
  EXPECT_EQ(error_text(), "TypeError: can't multiply sequence by non-int of type 'float'");
  Ref r = inplace_op(a, t, BinOp::Add);  // += accepts any iterable
  EXPECT_EQ(R(a), "[1, 2, 1]");
  EXPECT_EQ(hash(a), -1);
  EXPECT_EQ(error_text(), "TypeError: unhashable type: 'list'");
}

TEST_F(ListTest, ReprRecursionGuard) {
  Ref l = ints({1});
  ASSERT_EQ(list_append(l, l), 0);
  EXPECT_EQ(R(l), "[1, [...]]");
  list_clear(l);  // break the cycle
}

TEST_F(ListTest, SortIsStableWithKeyAndReverse) {
  Value abs_fn = dict_get_cstr(builtins_dict(), "abs");
  ASSERT_TRUE(abs_fn);
  Ref l = ints({3, -1, 2, 1, -3, -2, 1});
  ASSERT_EQ(list_sort(l, abs_fn, false), 0);
  EXPECT_EQ(R(l), "[-1, 1, 1, 2, -2, 3, -3]");
  Ref m = ints({3, -1, 2, 1, -3, -2, 1});
  ASSERT_EQ(list_sort(m, abs_fn, true), 0);
  EXPECT_EQ(R(m), "[3, -3, 2, -2, -1, 1, 1]");
  Ref n = ints({5, 4, 3, 2, 1});
  ASSERT_EQ(list_sort(n, Value(), false), 0);
  EXPECT_EQ(R(n), "[1, 2, 3, 4, 5]");
}

TEST_F(ListTest, SortFastPathsAndLargeInputs) {
  Ref l = new_list();
  for (int i = 0; i < 5000; ++i) list_append(l, Value::small((i * 7919) % 5003));
  ASSERT_EQ(list_sort(l, Value(), false), 0);
  List* lp = l.as<List>();
  for (size_t i = 1; i < lp->size; ++i)
    ASSERT_LE(lp->items[i - 1].small_value(), lp->items[i].small_value());
  Ref fl = new_list();
  for (double d : {2.5, -1.0, 0.5}) list_append(fl, Ref(new_float(d)));
  ASSERT_EQ(list_sort(fl, Value(), false), 0);
  EXPECT_EQ(R(fl), "[-1.0, 0.5, 2.5]");
  Ref sl = new_list();
  for (const char* s : {"pear", "apple", "\xc3\xa9t\xc3\xa9", "app"})
    list_append(sl, Ref(new_str(s)));
  ASSERT_EQ(list_sort(sl, Value(), false), 0);
  EXPECT_EQ(R(sl), "['app', 'apple', 'pear', '\xc3\xa9t\xc3\xa9']");
  // Sorting by len keeps equal-length words in order.
  Value len_fn = dict_get_cstr(builtins_dict(), "len");
  ASSERT_TRUE(len_fn);
  ASSERT_EQ(list_sort(sl, len_fn, false), 0);
  EXPECT_EQ(R(sl), "['app', '\xc3\xa9t\xc3\xa9', 'pear', 'apple']");
}

TEST_F(ListTest, SortMixedTypesRaisesAndKeepsItems) {
  Ref l = ints({3, 1});
  list_append(l, Ref(new_str("a")));
  EXPECT_EQ(list_sort(l, Value(), false), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(length(l), 3);
}

TEST_F(ListTest, TupleBasics) {
  EXPECT_EQ(R(Ref(empty_tuple())), "()");
  Ref one = new_tuple({Value::small(1)});
  EXPECT_EQ(R(one), "(1,)");
  Ref a = new_tuple({Value::small(1), Ref(new_str("x"))});
  Ref b = new_tuple({Value::small(1), Ref(new_str("x"))});
  EXPECT_EQ(hash(a), hash(b));
  EXPECT_NE(hash(a), hash(Ref(new_tuple({Ref(new_str("x")), Value::small(1)}))));
  EXPECT_EQ(compare_bool(a, b, CompareOp::Eq), 1);
  EXPECT_EQ(compare_bool(one, a, CompareOp::Lt), 1);
  EXPECT_EQ(R(binary_op(one, Value::small(3), BinOp::Mul)), "(1, 1, 1)");
  EXPECT_EQ(R(getitem(a, Ref(slice_of(None(), None(), Value::small(-1))))), "('x', 1)");
  EXPECT_TRUE(getitem(a, Value::small(2)).is_null());
  EXPECT_EQ(error_text(), "IndexError: tuple index out of range");
  EXPECT_TRUE(getitem(a, Ref(new_str("k"))).is_null());
  EXPECT_EQ(error_text(), "TypeError: tuple indices must be integers or slices, not str");
  Value two = Value::small(2);
  EXPECT_TRUE(call_method(a, "index", &two, 1).is_null());
  EXPECT_EQ(error_text(), "ValueError: tuple.index(x): x not in tuple");
}

TEST_F(ListTest, RangeBehavesLikeCPython) {
  Ref r = range_of(0, 10, 3);
  EXPECT_EQ(R(r), "range(0, 10, 3)");
  EXPECT_EQ(R(range_of(0, 5)), "range(0, 5)");
  EXPECT_EQ(length(r), 4);
  EXPECT_EQ(R(list_from_iterable(r)), "[0, 3, 6, 9]");
  EXPECT_EQ(R(list_from_iterable(Ref(reversed_of(r)))), "[9, 6, 3, 0]");
  EXPECT_EQ(contains(r, Value::small(6)), 1);
  EXPECT_EQ(contains(r, Value::small(7)), 0);
  EXPECT_EQ(R(getitem(r, Value::small(-1))), "9");
  EXPECT_EQ(R(getitem(Ref(range_of(0, 10)), Ref(slice_of(None(), None(), Value::small(-1))))),
            "range(9, -1, -1)");
  EXPECT_TRUE(getitem(r, Value::small(4)).is_null());
  EXPECT_EQ(error_text(), "IndexError: range object index out of range");
  EXPECT_EQ(compare_bool(Ref(range_of(0, 0)), Ref(range_of(5, 2)), CompareOp::Eq), 1);
  EXPECT_EQ(hash(Ref(range_of(0, 0))), hash(Ref(range_of(5, 2))));
  Ref s = slice_of(Value::small(1), None(), None());
  EXPECT_EQ(R(s), "slice(1, None, None)");
  ptrdiff_t start, stop, step;
  EXPECT_EQ(slice_unpack(s, 5, &start, &stop, &step), 4);
  EXPECT_EQ(stop, 5);
}

TEST_F(ListTest, IteratorsZipEnumerateMapFilter) {
  Ref a = ints({1, 2, 3});
  Ref b = ints({4, 5});
  Value zip_args[] = {a, b};
  Ref z = call(Value(&ZipType), zip_args, 2);
  EXPECT_EQ(R(list_from_iterable(z)), "[(1, 4), (2, 5)]");
  Ref strict_name = new_tuple({Value(intern("strict"))});
  Value zip_strict[] = {a, b, True()};
  Ref zs = call(Value(&ZipType), zip_strict, 2, strict_name);
  EXPECT_TRUE(list_from_iterable(zs).is_null());
  EXPECT_EQ(error_text(), "ValueError: zip() argument 2 is shorter than argument 1");
  Value en_args[] = {b, Value::small(10)};
  EXPECT_EQ(R(list_from_iterable(Ref(call(Value(&EnumerateType), en_args, 2)))),
            "[(10, 4), (11, 5)]");
  Ref mixed = ints({0, 1, 0, 2});
  Value filt[] = {None(), mixed};
  EXPECT_EQ(R(list_from_iterable(Ref(call(Value(&FilterType), filt, 2)))), "[1, 2]");
  Ref t = new_tuple({Value::small(1), Value::small(2)});
  EXPECT_EQ(R(list_from_iterable(Ref(reversed_of(t)))), "[2, 1]");
  EXPECT_TRUE(reversed_of(Value::small(5)).is_null());
  EXPECT_EQ(error_text(), "TypeError: 'int' object is not reversible");
}

}  // namespace
}  // namespace gp
