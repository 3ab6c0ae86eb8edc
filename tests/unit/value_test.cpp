// Value tagging and Ref ownership: the invariants everything else assumes.
#include <gtest/gtest.h>

#include "runtime/object.h"

namespace gp {
namespace {

TEST(Value, SmallIntRoundTrip) {
  for (intptr_t i : {intptr_t(0), intptr_t(1), intptr_t(-1), Value::kSmallMax, Value::kSmallMin}) {
    Value v = Value::small(i);
    EXPECT_TRUE(v.is_small());
    EXPECT_FALSE(v.is_obj());
    EXPECT_EQ(v.small_value(), i);
  }
  EXPECT_FALSE(Value::fits_small(Value::kSmallMax + 1));
  EXPECT_FALSE(Value::fits_small(Value::kSmallMin - 1));
}

TEST(Value, NullIsNeitherIntNorObject) {
  Value v;
  EXPECT_TRUE(v.is_null());
  EXPECT_FALSE(v.is_small());
  EXPECT_FALSE(v.is_obj());
}

TEST(Ref, MoveTransfersOwnership) {
  Object o;
  init_refcount(&o);
  incref_obj(&o);
  {
    Ref a = Ref::steal(Value(&o));
    Ref b = std::move(a);
    EXPECT_TRUE(a.is_null());
    EXPECT_EQ(b.obj(), &o);
    Ref c = b.dup();
    EXPECT_EQ(refcount_of(&o), 3);
  }
  EXPECT_EQ(refcount_of(&o), 1);
}

TEST(Ref, ReleaseKeepsReference) {
  Object o;
  init_refcount(&o);
  Value v;
  {
    Ref a = Ref::steal(Value(&o));
    v = a.release();
  }
  EXPECT_EQ(refcount_of(&o), 1);
  EXPECT_TRUE(v.is(Value(&o)));
}

}  // namespace
}  // namespace gp
