// Heap types from C++: type_new, the layout of subclass instances (fields
// after variable-size items), slot derivation and the C3 MRO.
#include "runtime/class.h"

#include <gtest/gtest.h>

#include <string>

#include "interp/runtime_init.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class ClassTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(runtime_init(RuntimeConfig{})); }
};

// type(name, bases, ns) with __module__ 'test'.
Ref make_class(const char* name, std::initializer_list<Value> bases, Value ns = Value()) {
  Ref dict = ns ? Ref::dup(ns) : new_dict();
  dict_set_str(dict, "__module__", Value(intern("test")));
  Ref bt = new_tuple(bases);
  Value args[3] = {Value(intern(name)), bt, dict};
  return call(Value(&TypeType), args, 3);
}

std::string error_message() {
  Ref exc = err_fetch();
  if (!exc) return "<no exception>";
  Ref msg = exception_str(exc);
  return std::string(type_of(exc)->name) + ": " + std::string(msg.as<Str>()->view());
}

TEST_F(ClassTest, HeapTypeBasics) {
  Ref a = make_class("A", {});
  ASSERT_TRUE(a);
  auto* t = a.as<Type>();
  EXPECT_TRUE(is_heap_type(t));
  EXPECT_EQ(t->base, &ObjectType);
  EXPECT_GT(t->dictoffset, 0);
  EXPECT_EQ(t->mro.as<Tuple>()->size, 2u);
  EXPECT_TRUE(is_immortal(t));
  Ref inst = call0(a);
  ASSERT_TRUE(inst);
  EXPECT_EQ(type_of(inst), t);
  EXPECT_EQ(setattr(inst, Value(intern("x")), Ref::small(5)), 0);
  Ref x = getattr(inst, "x");
  ASSERT_TRUE(x);
  EXPECT_EQ(x.get().small_value(), 5);
  Ref r = repr(inst);
  EXPECT_EQ(std::string(r.as<Str>()->view()).rfind("<test.A object at 0x", 0), 0u);
}

TEST_F(ClassTest, StrSubclassKeepsDictAfterText) {
  Ref s = make_class("S", {Value(&StrType)});
  ASSERT_TRUE(s);
  auto* t = s.as<Type>();
  EXPECT_LT(t->dictoffset, 0);
  for (const std::string& text :
       {std::string(), std::string("a"), std::string("exactly8"), std::string(300, 'z')}) {
    Value arg(intern(text));
    Ref inst = call1(s, arg);
    ASSERT_TRUE(inst);
    EXPECT_EQ(as_str(inst)->view(), std::string_view(text));
    Ref* d = instance_dict_ptr(inst, t);
    ASSERT_NE(d, nullptr);
    EXPECT_FALSE(*d);
    EXPECT_EQ(setattr(inst, Value(intern("tag")), arg), 0);
    EXPECT_TRUE(*d);
    EXPECT_EQ(as_str(inst)->view(), std::string_view(text));
  }
}

TEST_F(ClassTest, TupleSubclassKeepsDictAfterItems) {
  Ref tt = make_class("T", {Value(&TupleType)});
  ASSERT_TRUE(tt);
  Ref items = new_tuple({Ref::small(1), Ref::small(2), Ref::small(3)});
  Ref inst = call1(tt, items);
  ASSERT_TRUE(inst);
  EXPECT_EQ(setattr(inst, Value(intern("label")), Ref::small(9)), 0);
  EXPECT_EQ(inst.as<Tuple>()->size, 3u);
  EXPECT_EQ(inst.as<Tuple>()->items[2].small_value(), 3);
  Ref label = getattr(inst, "label");
  ASSERT_TRUE(label);
  EXPECT_EQ(label.get().small_value(), 9);
}

TEST_F(ClassTest, EqWithoutHashIsUnhashable) {
  Ref ns = new_dict();
  dict_set_str(ns, "__eq__", None());
  Ref a = make_class("E", {}, ns);
  ASSERT_TRUE(a);
  EXPECT_EQ(a.as<Type>()->hash, hash_unhashable);
  EXPECT_TRUE(is_none(dict_get_cstr(a.as<Type>()->dict, "__hash__")));
  EXPECT_TRUE(is_none(dict_get_cstr(ListType.dict, "__hash__")));
}

TEST_F(ClassTest, BuiltinSlotsInheritedDirectly) {
  Ref l = make_class("L", {Value(&ListType)});
  ASSERT_TRUE(l);
  auto* t = l.as<Type>();
  EXPECT_EQ(t->getitem, ListType.getitem);
  EXPECT_EQ(t->length, ListType.length);
  EXPECT_EQ(t->getattr, ObjectType.getattr);  // keeps LOAD_METHOD's fast path
}

TEST_F(ClassTest, InconsistentMro) {
  Ref x = make_class("X", {});
  Ref y = make_class("Y", {});
  Ref p = make_class("P", {x, y});
  Ref q = make_class("Q", {y, x});
  ASSERT_TRUE(p && q);
  EXPECT_FALSE(make_class("R", {p, q}));
  EXPECT_EQ(error_message(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
  EXPECT_FALSE(make_class("LD", {Value(&ListType), Value(&DictType)}));
  EXPECT_EQ(error_message(), "TypeError: multiple bases have instance lay-out conflict");
}

TEST_F(ClassTest, SuperLookupSkipsStart) {
  Ref a = make_class("SA", {});
  Ref b = make_class("SB", {a});
  ASSERT_TRUE(b);
  Ref inst = call0(b);
  Ref r = super_lookup(b.as<Type>(), inst, b.as<Type>(), intern("__repr__"));
  ASSERT_TRUE(r);
  EXPECT_FALSE(super_lookup(b.as<Type>(), inst, b.as<Type>(), intern("no_such_name")));
  EXPECT_FALSE(err_occurred());
}

}  // namespace
}  // namespace gp
