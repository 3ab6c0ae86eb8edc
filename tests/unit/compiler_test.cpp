// Compiler tests: symbol classification, bytecode shapes (through the
// disassembler) and the SyntaxErrors the compiler raises.
#include "interp/compiler.h"

#include <gtest/gtest.h>

#include <sstream>

#include "grammar/parser.h"
#include "interp/dis.h"
#include "interp/symtable.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

using symtable::NameScope;

// The compiler needs only the types and a thread state (for errors), not
// the builtins or sys.
void ensure_runtime() {
  if (!tstate()) thread_state_bind(thread_state_new());
  ASSERT_EQ(ready_all_types(), 0);
}

Ref compile(const char* src) {
  ensure_runtime();
  Ref code = compile_source(src, "<test>", grammar::Mode::Exec);
  if (!code) {
    Ref exc = err_fetch();
    Ref msg = exc ? exception_str(exc) : Ref();
    ADD_FAILURE() << "compile failed: " << (msg ? std::string(msg.as<Str>()->view()) : "?");
  }
  return code;
}

// The code object named `name` among the (nested) constants of `co`.
Code* find_code(Code* co, std::string_view name) {
  if (co->name.as<Str>()->view() == name) return co;
  for (Value c : *co->consts.as<Tuple>())
    if (c.is_obj() && c.obj()->type == &CodeType)
      if (Code* found = find_code(c.as<Code>(), name)) return found;
  return nullptr;
}

// "OPNAME arg" per instruction, one per line, from the disassembly of one
// code object (nested ones excluded).
std::string ops(Code* co) {
  std::istringstream in(disassemble(co));
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.rfind("Disassembly", 0) == 0) break;
    if (line.rfind("ExceptionTable", 0) == 0) break;
    std::istringstream words(line.size() > 12 ? line.substr(12) : "");
    std::string name, arg;
    words >> name >> arg;
    if (name.empty()) continue;
    out += name + (arg.empty() || arg[0] == '(' ? "" : " " + arg) + "\n";
  }
  return out;
}

std::string ops_of(const char* src, std::string_view name) {
  Ref code = compile(src);
  if (!code) return {};
  Code* co = find_code(code.as<Code>(), name);
  EXPECT_NE(co, nullptr) << name;
  return co ? ops(co) : std::string();
}

std::string syntax_error(const char* src) {
  ensure_runtime();
  Ref code = compile_source(src, "<test>", grammar::Mode::Exec);
  if (code) return "no error";
  EXPECT_TRUE(err_matches(&Exc_SyntaxError));
  Ref exc = err_fetch();
  Ref msg = getattr(exc, "msg");
  Ref line = getattr(exc, "lineno");
  return std::string(msg.as<Str>()->view()) + "@" + std::string(repr(line).as<Str>()->view());
}

// Parses `src` and builds its symbol table into `t`; false (with a test
// failure) if either step fails.
bool build_symbols(const char* src, symtable::SymbolTable* t) {
  grammar::ParseResult r = grammar::parse(src, grammar::Mode::Exec);
  if (!r.module) {
    ADD_FAILURE() << "parse failed: " << (r.error ? r.error->msg : "?");
    return false;
  }
  symtable::SymtableError err;
  if (!symtable::build_symtable(*r.module, t, &err)) {
    ADD_FAILURE() << err.msg;
    return false;
  }
  return true;
}

TEST(CompilerSymtable, FreeAndCellThroughFunctions) {
  const char* src =
      "def outer():\n"
      "    x = 1\n"
      "    y = 2\n"
      "    def inner():\n"
      "        nonlocal y\n"
      "        y = 3\n"
      "        return x + z\n"
      "    return inner\n";
  symtable::SymbolTable t;
  ASSERT_TRUE(build_symbols(src, &t));
  symtable::Scope* outer = t.top->children[0].get();
  symtable::Scope* inner = outer->children[0].get();
  EXPECT_EQ(t.top->scope_of("outer"), NameScope::Local);
  EXPECT_EQ(outer->scope_of("x"), NameScope::Cell);
  EXPECT_EQ(outer->scope_of("y"), NameScope::Cell);
  EXPECT_EQ(outer->scope_of("inner"), NameScope::Local);
  EXPECT_EQ(inner->scope_of("x"), NameScope::Free);
  EXPECT_EQ(inner->scope_of("y"), NameScope::Free);
  EXPECT_EQ(inner->scope_of("z"), NameScope::GlobalImplicit);
}

TEST(CompilerSymtable, ClassScopesAndSuper) {
  const char* src =
      "def f():\n"
      "    a = 1\n"
      "    class C:\n"
      "        a = 2\n"
      "        def m(self):\n"
      "            return a + super().x\n"
      "    return C\n";
  symtable::SymbolTable t;
  ASSERT_TRUE(build_symbols(src, &t));
  symtable::Scope* f = t.top->children[0].get();
  symtable::Scope* c = f->children[0].get();
  symtable::Scope* m = c->children[0].get();
  EXPECT_EQ(f->scope_of("a"), NameScope::Cell);
  EXPECT_EQ(c->scope_of("a"), NameScope::Local);
  EXPECT_TRUE(c->flags_of("a") & symtable::kDefFreeClass);
  EXPECT_TRUE(c->needs_class_closure);
  EXPECT_EQ(m->scope_of("a"), NameScope::Free);
  EXPECT_EQ(m->scope_of("__class__"), NameScope::Free);
  EXPECT_EQ(m->scope_of("self"), NameScope::Local);
}

TEST(CompilerSymtable, WalrusInComprehensionBindsInFunction) {
  const char* src = "def f(xs):\n    [(last := x) for x in xs]\n    return last\n";
  symtable::SymbolTable t;
  ASSERT_TRUE(build_symbols(src, &t));
  symtable::Scope* f = t.top->children[0].get();
  symtable::Scope* comp = f->children[0].get();
  EXPECT_EQ(f->scope_of("last"), NameScope::Cell);
  EXPECT_EQ(comp->scope_of("last"), NameScope::Free);
  EXPECT_EQ(comp->scope_of("x"), NameScope::Local);
}

TEST(CompilerCodegen, FastLocalsAndBinaryOp) {
  std::string s = ops_of("def f(a, b):\n    x = a + b\n    return x\n", "f");
  EXPECT_NE(s.find("LOAD_FAST 0\nLOAD_FAST 1\nBINARY_OP 0\nSTORE_FAST 2\n"), std::string::npos)
      << s;
}

TEST(CompilerCodegen, ModuleAndGlobalNames) {
  Ref code = compile("x = 1\ndef f():\n    return x\n");
  ASSERT_TRUE(code);
  std::string mod = ops(code.as<Code>());
  EXPECT_NE(mod.find("LOAD_CONST 0\nSTORE_NAME 0\n"), std::string::npos) << mod;
  std::string f = ops(find_code(code.as<Code>(), "f"));
  EXPECT_NE(f.find("LOAD_GLOBAL 0\nRETURN_VALUE"), std::string::npos) << f;
}

TEST(CompilerCodegen, ClosuresUseCellsAndMakeFunction) {
  Ref code = compile("def outer(p):\n    def inner():\n        return p\n    return inner\n");
  ASSERT_TRUE(code);
  Code* outer = find_code(code.as<Code>(), "outer");
  std::string s = ops(outer);
  EXPECT_EQ(s.rfind("MAKE_CELL 0\n", 0), 0u) << s;
  EXPECT_NE(s.find("LOAD_CLOSURE 0\nBUILD_TUPLE 1\nLOAD_CONST"), std::string::npos) << s;
  EXPECT_NE(s.find("MAKE_FUNCTION 8\n"), std::string::npos) << s;
  Code* inner = find_code(code.as<Code>(), "inner");
  EXPECT_EQ(inner->nfrees, 1u);
  EXPECT_EQ(std::string(inner->qualname.as<Str>()->view()), "outer.<locals>.inner");
  EXPECT_NE(ops(inner).find("COPY_FREE_VARS 1\nLOAD_DEREF 0\n"), std::string::npos);
}

TEST(CompilerCodegen, MethodCallsAndKeywords) {
  std::string s = ops_of("def f(o):\n    o.m(1, k=2)\n", "f");
  EXPECT_NE(s.find("LOAD_FAST 0\nLOAD_METHOD 0\nLOAD_CONST 1\nLOAD_CONST 2\nLOAD_CONST 3\n"
                   "CALL_KW 2\n"),
            std::string::npos)
      << s;
  s = ops_of("def g(f, a, k):\n    f(*a, **k)\n", "g");
  EXPECT_NE(s.find("CALL_FUNCTION_EX 1"), std::string::npos) << s;
}

TEST(CompilerCodegen, ConstantFolding) {
  Ref code = compile("x = -1\nt = (1, 2.5, (3, 'a'))\n");
  ASSERT_TRUE(code);
  std::string s = ops(code.as<Code>());
  EXPECT_EQ(s.find("UNARY_NEGATIVE"), std::string::npos) << s;
  EXPECT_EQ(s.find("BUILD_TUPLE"), std::string::npos) << s;
  Ref r = repr(code.as<Code>()->consts);
  EXPECT_EQ(std::string(r.as<Str>()->view()), "(-1, (1, 2.5, (3, 'a')), None)");
}

TEST(CompilerCodegen, WhileTrueHasNoTest) {
  std::string s = ops_of("def f():\n    while True:\n        g()\n", "f");
  EXPECT_EQ(s.find("POP_JUMP"), std::string::npos) << s;
  EXPECT_NE(s.find("POP_TOP\nJUMP_BACKWARD 0\n"), std::string::npos) << s;
}

TEST(CompilerCodegen, ForLoopShape) {
  std::string s = ops_of("def f(xs):\n    for x in xs:\n        pass\n", "f");
  EXPECT_NE(s.find("LOAD_FAST 0\nGET_ITER\nFOR_ITER 5\nSTORE_FAST 1\nJUMP_BACKWARD 2\n"
                   "LOAD_CONST 0\nRETURN_VALUE"),
            std::string::npos)
      << s;
}

TEST(CompilerCodegen, TryExceptHasTableAndDeletesName) {
  Ref code =
      compile("def f():\n    try:\n        g()\n    except ValueError as e:\n        h(e)\n");
  ASSERT_TRUE(code);
  Code* f = find_code(code.as<Code>(), "f");
  std::string s = ops(f);
  EXPECT_NE(s.find("PUSH_EXC_INFO\nLOAD_GLOBAL"), std::string::npos) << s;
  EXPECT_NE(s.find("CHECK_EXC_MATCH\nPOP_JUMP_IF_FALSE"), std::string::npos) << s;
  EXPECT_NE(s.find("LOAD_CONST 0\nSTORE_FAST 0\nDELETE_FAST 0\n"), std::string::npos) << s;
  ASSERT_GE(f->exception_table.size(), 3u);
  EXPECT_EQ(f->exception_table[0].depth, 0u);
  EXPECT_FALSE(f->exception_table[0].lasti);
  EXPECT_GE(f->stacksize, 3u);
}

TEST(CompilerCodegen, ChainedComparison) {
  std::string s = ops_of("def f(a, b, c):\n    return a < b < c\n", "f");
  EXPECT_NE(s.find("SWAP 2\nCOPY 2\nCOMPARE_OP 0\nJUMP_IF_FALSE_OR_POP"), std::string::npos) << s;
}

TEST(CompilerCodegen, AugmentedSubscript) {
  std::string s = ops_of("def f(a, i):\n    a[i] += 1\n", "f");
  EXPECT_NE(s.find("COPY 2\nCOPY 2\nBINARY_SUBSCR\nLOAD_CONST 1\nBINARY_OP 13\nSWAP 3\nSWAP 2\n"
                   "STORE_SUBSCR"),
            std::string::npos)
      << s;
}

TEST(CompilerCodegen, FlagsAndNames) {
  Ref code = compile(
      "def gen(*a, **k):\n    yield 1\n"
      "async def co():\n    pass\n"
      "class C:\n    def m(self):\n        return [x for x in self]\n"
      "f = lambda: 0\n");
  ASSERT_TRUE(code);
  Code* gen = find_code(code.as<Code>(), "gen");
  EXPECT_EQ(gen->flags,
            uint32_t(kCoOptimized | kCoNewLocals | kCoVarargs | kCoVarkeywords | kCoGenerator));
  EXPECT_EQ(ops(gen).rfind("RETURN_GENERATOR\nPOP_TOP\n", 0), 0u);
  EXPECT_TRUE(find_code(code.as<Code>(), "co")->flags & kCoCoroutine);
  Code* m = find_code(code.as<Code>(), "m");
  EXPECT_EQ(std::string(m->qualname.as<Str>()->view()), "C.m");
  Code* lc = find_code(code.as<Code>(), "<listcomp>");
  EXPECT_EQ(std::string(lc->qualname.as<Str>()->view()), "C.m.<locals>.<listcomp>");
  EXPECT_EQ(lc->argcount, 1u);
  EXPECT_NE(find_code(code.as<Code>(), "<lambda>"), nullptr);
}

TEST(CompilerCodegen, InteractiveAndEvalModes) {
  ensure_runtime();
  Ref single = compile_source("1 + x\n", "<stdin>", grammar::Mode::Single);
  ASSERT_TRUE(single);
  EXPECT_NE(ops(single.as<Code>()).find("PRINT_EXPR\n"), std::string::npos);
  Ref eval = compile_source("a if b else c", "<string>", grammar::Mode::Eval);
  ASSERT_TRUE(eval);
  std::string s = ops(eval.as<Code>());
  EXPECT_EQ(s.find("PRINT_EXPR"), std::string::npos) << s;
  EXPECT_NE(s.find("LOAD_NAME 2\nRETURN_VALUE\n"), std::string::npos) << s;
}

TEST(CompilerCodegen, WithStatementTable) {
  Ref code = compile("def g(m):\n    with m as x:\n        return x\n");
  ASSERT_TRUE(code);
  Code* g = find_code(code.as<Code>(), "g");
  std::string s = ops(g);
  EXPECT_NE(s.find("BEFORE_WITH\nSTORE_FAST 1\n"), std::string::npos) << s;
  EXPECT_NE(s.find("PUSH_EXC_INFO\nWITH_EXCEPT_START\nPOP_JUMP_IF_TRUE"), std::string::npos) << s;
  ASSERT_FALSE(g->exception_table.empty());
  EXPECT_EQ(g->exception_table[0].depth, 1u);  // the bound __exit__ stays
  EXPECT_TRUE(g->exception_table[0].lasti);
}

TEST(CompilerErrors, SyntaxErrors) {
  EXPECT_EQ(syntax_error("return 1\n"), "'return' outside function@1");
  EXPECT_EQ(syntax_error("x = (yield)\n"), "'yield' outside function@1");
  EXPECT_EQ(syntax_error("break\n"), "'break' outside loop@1");
  EXPECT_EQ(syntax_error("while 1:\n  def f(): continue\n"), "'continue' not properly in loop@2");
  EXPECT_EQ(syntax_error("await x\n"), "'await' outside function@1");
  EXPECT_EQ(syntax_error("def f(): await x\n"), "'await' outside async function@1");
  EXPECT_EQ(syntax_error("def f(x, x): pass\n"), "duplicate argument 'x' in function definition@1");
  EXPECT_EQ(syntax_error("def f():\n  x = 1\n  global x\n"),
            "name 'x' is assigned to before global declaration@3");
  EXPECT_EQ(syntax_error("def f():\n  print(x)\n  global x\n"),
            "name 'x' is used prior to global declaration@3");
  EXPECT_EQ(syntax_error("nonlocal x\n"), "nonlocal declaration not allowed at module level@1");
  EXPECT_EQ(syntax_error("def f():\n  nonlocal x\n"), "no binding for nonlocal 'x' found@2");
  EXPECT_EQ(syntax_error("def f(): from m import *\n"), "import * only allowed at module level@1");
  EXPECT_EQ(syntax_error("f(a=1, a=2)\n"), "keyword argument repeated: a@1");
  EXPECT_EQ(syntax_error("a, *b, *c = d\n"), "multiple starred expressions in assignment@1");
  EXPECT_EQ(syntax_error("[(yield) for x in y]\n"), "'yield' inside list comprehension@1");
}

}  // namespace
}  // namespace gp
