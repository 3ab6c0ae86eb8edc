// Eval loop tests: source compiled and run in a fresh namespace, results
// checked by repr, errors by "Type: message" as CPython 3.11 prints them.
#include "interp/eval.h"

#include <gtest/gtest.h>

#include <string>

#include "interp/compiler.h"
#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/module.h"
#include "runtime/str.h"

namespace gp {
namespace {

void ensure_runtime() {
  static bool ready = runtime_init(RuntimeConfig{});
  ASSERT_TRUE(ready);
}

std::string error_text() {
  Ref exc = err_fetch();
  if (!exc) return "<no exception>";
  Ref msg = exception_str(exc);
  std::string text = type_of(exc)->name;
  if (msg && msg.as<Str>()->size) text += ": " + std::string(msg.as<Str>()->view());
  return text;
}

// Runs `src` as a module; returns the repr of global `name`, or the error.
std::string eval_var(const char* src, const char* name = "r") {
  ensure_runtime();
  Ref code = compile_source(src, "<eval_test>", grammar::Mode::Exec);
  if (!code) return "compile: " + error_text();
  Ref globals = new_dict();
  dict_set_str(globals, "__builtins__", builtins_dict());
  dict_set_str(globals, "__name__", Value(intern("__main__")));
  Ref result = eval_code(code, globals, globals);
  if (!result) return error_text();
  Value v = dict_get_cstr(globals, name);
  if (!v) return "<unset>";
  Ref text = repr(v);
  return text ? std::string(text.as<Str>()->view()) : error_text();
}

TEST(EvalTest, Arithmetic) {
  EXPECT_EQ(eval_var("r = (1 + 2) * 3 - 4 // 3 % 5"), "8");
  EXPECT_EQ(eval_var("r = 2**62 + 2**62"), "9223372036854775808");
  EXPECT_EQ(eval_var("r = -7 // 2, -7 % 2, 7 % -2"), "(-4, 1, -1)");
  EXPECT_EQ(eval_var("r = 1.5 * 2 + 1"), "4.0");
  EXPECT_EQ(eval_var("r = 'a' + 'b' * 2"), "'abb'");
  EXPECT_EQ(eval_var("x = 5\nx += 1\nr = x"), "6");
}

TEST(EvalTest, FunctionsAndRecursion) {
  EXPECT_EQ(eval_var("def fib(n):\n  return n if n < 2 else fib(n-1) + fib(n-2)\nr = fib(20)"),
            "6765");
  EXPECT_EQ(eval_var("def f(a, b=2, *args, c, d=4, **kw):\n"
                     "  return (a, b, args, c, d, kw)\n"
                     "r = f(1, c=3, e=5)"),
            "(1, 2, (), 3, 4, {'e': 5})");
  EXPECT_EQ(eval_var("def f(*a, **k): return a, k\nr = f(*[1, 2], **{'x': 3})"),
            "((1, 2), {'x': 3})");
}

TEST(EvalTest, ArgumentErrors) {
  EXPECT_EQ(eval_var("def f(x): pass\nf()"),
            "TypeError: f() missing 1 required positional argument: 'x'");
  EXPECT_EQ(eval_var("def f(x, y, z): pass\nf()"),
            "TypeError: f() missing 3 required positional arguments: 'x', 'y', and 'z'");
  EXPECT_EQ(eval_var("def f(a, b): pass\nf(1, 2, 3)"),
            "TypeError: f() takes 2 positional arguments but 3 were given");
  EXPECT_EQ(eval_var("def f(a, b=1): pass\nf(1, 2, 3)"),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(eval_var("def f(x): pass\nf(z=1)"),
            "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(eval_var("def f(x): pass\nf(1, x=1)"),
            "TypeError: f() got multiple values for argument 'x'");
  EXPECT_EQ(eval_var("def f(*, k): pass\nf()"),
            "TypeError: f() missing 1 required keyword-only argument: 'k'");
  EXPECT_EQ(eval_var("def g(a, /, b): pass\ng(a=1, b=2)"),
            "TypeError: g() got some positional-only arguments passed as keyword arguments: "
            "'a'");
}

TEST(EvalTest, Closures) {
  EXPECT_EQ(eval_var("def mk():\n  n = 0\n  def inc():\n    nonlocal n\n    n += 1\n"
                     "    return n\n  return inc\nc = mk()\nc()\nr = c()"),
            "2");
  EXPECT_EQ(eval_var("def f():\n  print(x)\n  x = 1\nf()"),
            "UnboundLocalError: cannot access local variable 'x' where it is not associated "
            "with a value");
}

TEST(EvalTest, Generators) {
  EXPECT_EQ(eval_var("r = sum(i * i for i in range(1000))"), "332833500");
  EXPECT_EQ(eval_var("def g():\n  x = yield 1\n  yield x * 2\n"
                     "it = g()\nr = [next(it), it.send(21)]"),
            "[1, 42]");
  EXPECT_EQ(eval_var("def inner():\n  yield 1\n  return 'done'\n"
                     "def outer():\n  v = yield from inner()\n  yield v\nr = list(outer())"),
            "[1, 'done']");
  EXPECT_EQ(eval_var("def g():\n  raise StopIteration\n  yield\nnext(g())"),
            "RuntimeError: generator raised StopIteration");
  EXPECT_EQ(eval_var("def g():\n  try:\n    yield 1\n  finally:\n    l.append('c')\n"
                     "l = []\nit = g()\nnext(it)\nit.close()\nr = l"),
            "['c']");
}

TEST(EvalTest, Exceptions) {
  EXPECT_EQ(eval_var("try:\n  1/0\nexcept ZeroDivisionError as e:\n  r = str(e)"),
            "'division by zero'");
  EXPECT_EQ(eval_var("r = []\ntry:\n  try:\n    raise KeyError(1)\n  finally:\n"
                     "    r.append('f')\nexcept LookupError:\n  r.append('e')"),
            "['f', 'e']");
  EXPECT_EQ(eval_var("try:\n  try:\n    1/0\n  except ZeroDivisionError:\n"
                     "    raise ValueError\nexcept ValueError as e:\n"
                     "  r = type(e.__context__).__name__"),
            "'ZeroDivisionError'");
  EXPECT_EQ(eval_var("raise"), "RuntimeError: No active exception to reraise");
  EXPECT_EQ(eval_var("x"), "NameError: name 'x' is not defined");
}

TEST(EvalTest, Unpacking) {
  EXPECT_EQ(eval_var("a, *b, c = range(5)\nr = (a, b, c)"), "(0, [1, 2, 3], 4)");
  EXPECT_EQ(eval_var("a, b, c = 1, 2"),
            "ValueError: not enough values to unpack (expected 3, got 2)");
  EXPECT_EQ(eval_var("a, b = 1, 2, 3"), "ValueError: too many values to unpack (expected 2)");
  EXPECT_EQ(eval_var("a, b = 1"), "TypeError: cannot unpack non-iterable int object");
}

TEST(EvalTest, RecursionLimit) {
  EXPECT_EQ(eval_var("def f(n): return f(n + 1)\nf(0)"),
            "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(tstate()->recursion_depth, 0);
}

}  // namespace
}  // namespace gp
