// str/repr and attributes of the builtin exception classes.
#include "runtime/exception.h"

#include <gtest/gtest.h>

#include <string>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class ExceptionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!tstate()) {
      ASSERT_TRUE(runtime_init(RuntimeConfig{}));
    }
  }

  static std::string text(Ref r) {
    EXPECT_TRUE(r);
    return r ? std::string(r.as<Str>()->view()) : std::string("<null>");
  }

  static Ref make(Type* t, std::initializer_list<Value> args) {
    Ref tuple = new_tuple(args);
    return new_exception(t, tuple);
  }

  static Ref s(const char* text) { return new_str(text); }

  static Ref attr(Value v, const char* name) { return getattr(v, name); }
};

TEST_F(ExceptionTest, StrAndRepr) {
  Ref x = s("x");
  Ref e = make(&Exc_ValueError, {x});
  EXPECT_EQ(text(str(e)), "x");
  EXPECT_EQ(text(repr(e)), "ValueError('x')");

  Ref empty = make(&Exc_RuntimeError, {});
  EXPECT_EQ(text(str(empty)), "");
  EXPECT_EQ(text(repr(empty)), "RuntimeError()");

  Ref two = make(&Exc_TypeError, {Value::small(1), x});
  EXPECT_EQ(text(str(two)), "(1, 'x')");
  EXPECT_EQ(text(repr(two)), "TypeError(1, 'x')");
}

TEST_F(ExceptionTest, KeyErrorShowsRepr) {
  Ref k = s("k");
  Ref e = make(&Exc_KeyError, {k});
  EXPECT_EQ(text(str(e)), "'k'");
  EXPECT_EQ(text(repr(e)), "KeyError('k')");
}

TEST_F(ExceptionTest, OSErrorPicksSubclassAndFormats) {
  Ref msg = s("No such file or directory");
  Ref name = s("x");
  Ref e = make(&Exc_OSError, {Value::small(2), msg, name});
  ASSERT_TRUE(e);
  EXPECT_EQ(type_of(e), &Exc_FileNotFoundError);
  EXPECT_EQ(text(str(e)), "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(text(repr(attr(e, "args"))), "(2, 'No such file or directory')");
  EXPECT_EQ(text(repr(attr(e, "filename"))), "'x'");

  EXPECT_EQ(raise_oserror(13, name), nullptr);
  Ref raised = err_fetch();
  EXPECT_EQ(type_of(raised), &Exc_PermissionError);
  EXPECT_EQ(text(str(raised)), "[Errno 13] Permission denied: 'x'");
}

TEST_F(ExceptionTest, SyntaxErrorStr) {
  EXPECT_EQ(raise_syntax_error("SyntaxError", "invalid syntax", "/tmp/x.py", 3, 5, 3, 6, "a b c\n"),
            nullptr);
  Ref e = err_fetch();
  EXPECT_EQ(text(str(e)), "invalid syntax (x.py, line 3)");
  EXPECT_EQ(text(repr(attr(e, "offset"))), "5");
  EXPECT_EQ(text(repr(attr(e, "text"))), "'a b c\\n'");
}

TEST_F(ExceptionTest, SubclassAttributes) {
  Ref stop = make(&Exc_StopIteration, {Value::small(7)});
  EXPECT_EQ(text(repr(attr(stop, "value"))), "7");
  Ref stop0 = make(&Exc_StopIteration, {});
  EXPECT_TRUE(is_none(attr(stop0, "value")));
  Ref exit_code = make(&Exc_SystemExit, {Value::small(3)});
  EXPECT_EQ(text(repr(attr(exit_code, "code"))), "3");
  Ref imp = make(&Exc_ImportError, {});
  EXPECT_TRUE(is_none(attr(imp, "name")));
}

TEST_F(ExceptionTest, ChainingFields) {
  Ref a = make(&Exc_ValueError, {});
  Ref b = make(&Exc_TypeError, {});
  EXPECT_TRUE(is_none(attr(b, "__cause__")));
  ASSERT_EQ(setattr(b, Value(intern("__cause__")), a), 0);
  EXPECT_TRUE(attr(b, "__cause__").get().is(a));
  EXPECT_TRUE(attr(b, "__suppress_context__").get().is(True()));
  Ref bad = s("nope");
  EXPECT_EQ(setattr(b, Value(intern("__cause__")), bad), -1);
  EXPECT_TRUE(err_matches(&Exc_TypeError));
  err_clear();
}

}  // namespace
}  // namespace gp
