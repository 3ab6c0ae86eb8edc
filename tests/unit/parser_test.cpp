// Parser tests: the AST for a broad set of snippets must print exactly as
// CPython 3.11's `ast.dump(ast.parse(src))` does, and syntax errors must carry
// CPython's kind, message and position. The expected strings were produced
// by running CPython 3.11 on each snippet.
#include "grammar/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "grammar/ast_dump.h"

namespace {

using gp::grammar::Mode;
using gp::grammar::parse;

struct DumpCase {
  const char* src;
  const char* dump;
};

struct ErrorCase {
  const char* src;
  const char* kind;
  const char* msg;
  int line, offset, end_line, end_offset;
};

const DumpCase kExecCases[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
     "type_ignores=[])"},
    {"a, b = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', "
     "ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[a, *b] = c\n",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), "
     "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', "
     "ctx=Load()))], type_ignores=[])"},
    {"a = b = c\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], "
     "value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"x += 1\n",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), "
     "value=Constant(value=1))], type_ignores=[])"},
    {"x.y[1] **= 2\n",
     "Module(body=[AugAssign(target=Subscript(value=Attribute(value=Name(id='x', ctx=Load()), "
     "attr='y', ctx=Load()), slice=Constant(value=1), ctx=Store()), op=Pow(), "
     "value=Constant(value=2))], type_ignores=[])"},
    {"x: int\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', "
     "ctx=Load()), simple=1)], type_ignores=[])"},
    {"x: int = 3\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', "
     "ctx=Load()), value=Constant(value=3), simple=1)], type_ignores=[])"},
    {"(y): int\n",
     "Module(body=[AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', "
     "ctx=Load()), simple=0)], type_ignores=[])"},
    {"pass; break; continue\n", "Module(body=[Pass(), Break(), Continue()], type_ignores=[])"},
    {"return\n", "Module(body=[Return()], type_ignores=[])"},
    {"return 1, *a\n",
     "Module(body=[Return(value=Tuple(elts=[Constant(value=1), Starred(value=Name(id='a', "
     "ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"del a, b[1], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', "
     "ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), "
     "attr='d', ctx=Del())])], type_ignores=[])"},
    {"del (a, b)\n",
     "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], "
     "ctx=Del())])], type_ignores=[])"},
    {"global a, b\n", "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"nonlocal x\n", "Module(body=[Nonlocal(names=['x'])], type_ignores=[])"},
    {"assert x\n", "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"assert x, 'msg'\n",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], "
     "type_ignores=[])"},
    {"raise\n", "Module(body=[Raise()], type_ignores=[])"},
    {"raise E\n", "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"},
    {"raise E from e\n",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], "
     "type_ignores=[])"},
    {"import os\n", "Module(body=[Import(names=[alias(name='os')])], type_ignores=[])"},
    {"import os.path as p, sys\n",
     "Module(body=[Import(names=[alias(name='os.path', asname='p'), alias(name='sys')])], "
     "type_ignores=[])"},
    {"from . import x\n",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from .. import (a, b as c,)\n",
     "Module(body=[ImportFrom(names=[alias(name='a'), alias(name='b', asname='c')], level=2)], "
     "type_ignores=[])"},
    {"from ...a import *\n",
     "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=3)], type_ignores=[])"},
    {"from a.b import c\n",
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=0)], type_ignores=[])"},
    {"from .... import x\n",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    x\nelif c:\n    y\nelse:\n    z\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', "
     "ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[If(test=Name(id='c', "
     "ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[Expr(value=Name(id='z', "
     "ctx=Load()))])])])], type_ignores=[])"},
    {"while x:\n    y\nelse:\n    z\n",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', "
     "ctx=Load()))], orelse=[Expr(value=Name(id='z', ctx=Load()))])], type_ignores=[])"},
    {"for x, y in z:\n    pass\nelse:\n    q\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], "
     "ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Expr(value=Name(id='q', "
     "ctx=Load()))])], type_ignores=[])"},
    {"for x in *a, b:\n    pass\n",
     "Module(body=[For(target=Name(id='x', ctx=Store()), "
     "iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', "
     "ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    "
     "e\nfinally:\n    f\n",
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], "
     "handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', "
     "body=[Expr(value=Name(id='b', ctx=Load()))]), ExceptHandler(type=Tuple(elts=[Name(id='A', "
     "ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Expr(value=Name(id='c', "
     "ctx=Load()))]), ExceptHandler(body=[Expr(value=Name(id='d', ctx=Load()))])], "
     "orelse=[Expr(value=Name(id='e', ctx=Load()))], finalbody=[Expr(value=Name(id='f', "
     "ctx=Load()))])], type_ignores=[])"},
    {"try:\n    a\nfinally:\n    b\n",
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[], orelse=[], "
     "finalbody=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])"},
    {"with a as b, c as (d, e), f:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
     "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), "
     "optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], "
     "ctx=Store())), withitem(context_expr=Name(id='f', ctx=Load()))], body=[Pass()])], "
     "type_ignores=[])"},
    {"with (a as b, c):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
     "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], "
     "body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), "
     "Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], "
     "body=[Pass()])], type_ignores=[])"},
    {"with (a):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], "
     "type_ignores=[])"},
    {"with (a as b,):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
     "optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (open(x)) as f, g:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), "
     "args=[Name(id='x', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), "
     "withitem(context_expr=Name(id='g', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), "
     "arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], "
     "kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), "
     "body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', "
     "ctx=Load()))], type_ignores=[])"},
    {"def f(a, /, b, *, c):\n    pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
     "args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), "
     "body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*, a=1): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[arg(arg='a')], kw_defaults=[Constant(value=1)], defaults=[]), body=[Pass()], "
     "decorator_list=[])], type_ignores=[])"},
    {"def f(a: int, *b: str, **c: float): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', "
     "annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', "
     "ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c', annotation=Name(id='float', "
     "ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a,): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], "
     "type_ignores=[])"},
    {"@dec\n@dec2(x)\ndef f(): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), "
     "Call(func=Name(id='dec2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])], "
     "type_ignores=[])"},
    {"@a.b[c]\nclass C(B, metaclass=M, **kw):\n    x = 1\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], "
     "keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), "
     "keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Constant(value=1))], decorator_list=[Subscript(value=Attribute(value=Name(id='a', "
     "ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load())])], "
     "type_ignores=[])"},
    {"class C: pass\n",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], "
     "type_ignores=[])"},
    {"class C(): pass\n",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], "
     "type_ignores=[])"},
    {"async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n   "
     "     pass\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', "
     "ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), "
     "body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), "
     "optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], decorator_list=[])], "
     "type_ignores=[])"},
    {"@d\nasync def f(): pass\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', "
     "ctx=Load())])], type_ignores=[])"},
    {"if x: a; b\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), "
     "Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"},
    {"x = lambda: 0\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
     "defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"f = lambda a, b=2, *c, d, **e: a\n",
     "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], "
     "value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], "
     "vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), "
     "defaults=[Constant(value=2)]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"lambda *, a: a\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', "
     "ctx=Load())))], type_ignores=[])"},
    {"lambda a, /, b: 0\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], "
     "args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], "
     "type_ignores=[])"},
    {"x = a if b else c\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', "
     "ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], "
     "type_ignores=[])"},
    {"a or b or c and d and not e\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', "
     "ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), "
     "UnaryOp(op=Not(), operand=Name(id='e', ctx=Load()))])]))], type_ignores=[])"},
    {"(a or b) or c\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', "
     "ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a < b <= c == d != e > f >= g is h is not i in j not in k\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), "
     "NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), "
     "Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', "
     "ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), "
     "Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"},
    {"a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), "
     "right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', "
     "ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), "
     "right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', "
     "ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), "
     "right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), "
     "op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), "
     "op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), "
     "op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"},
    {"-a ** -b\n",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), "
     "op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"},
    {"~+-x\n",
     "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), "
     "operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())))))], type_ignores=[])"},
    {"a ** b ** c\n",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), "
     "right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], "
     "type_ignores=[])"},
    {"await x ** 2\n",
     "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), "
     "right=Constant(value=2)))], type_ignores=[])"},
    {"x.y.z(1)(2)[3]\n",
     "Module(body=[Expr(value=Subscript(value=Call(func=Call(func=Attribute(value=Attribute(value="
     "Name(id='x', ctx=Load()), attr='y', ctx=Load()), attr='z', ctx=Load()), "
     "args=[Constant(value=1)], keywords=[]), args=[Constant(value=2)], keywords=[]), "
     "slice=Constant(value=3), ctx=Load()))], type_ignores=[])"},
    {"a[1:2]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], "
     "type_ignores=[])"},
    {"a[:]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), "
     "ctx=Load()))], type_ignores=[])"},
    {"a[::]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), "
     "ctx=Load()))], type_ignores=[])"},
    {"a[1:2:3, 4]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2), "
     "step=Constant(value=3)), Constant(value=4)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[1,]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[x:=1]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], "
     "type_ignores=[])"},
    {"a[*b, c]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', "
     "ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"f(a, *b, c=1, **d)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), "
     "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', "
     "value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
     "args=[GeneratorExp(elt=Name(id='x', ctx=Load()), "
     "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
     "ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"f((x for x in y), 1)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
     "args=[GeneratorExp(elt=Name(id='x', ctx=Load()), "
     "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
     "ifs=[], is_async=0)]), Constant(value=1)], keywords=[]))], type_ignores=[])"},
    {"f(a)(b)\n",
     "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', "
     "ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]))], "
     "type_ignores=[])"},
    {"f(*a, *b, **c, **d)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', "
     "ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], "
     "keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', "
     "ctx=Load()))]))], type_ignores=[])"},
    {"f(a, b=1, *c)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), "
     "Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', "
     "value=Constant(value=1))]))], type_ignores=[])"},
    {"f(x:=1)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
     "args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], "
     "type_ignores=[])"},
    {"x = 1, 2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = (1, 2)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = ()\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], "
     "type_ignores=[])"},
    {"x = (1,)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"x = [1, 2, *a]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), "
     "Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], "
     "type_ignores=[])"},
    {"x = []\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[], ctx=Load()))], "
     "type_ignores=[])"},
    {"x = {}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]))], "
     "type_ignores=[])"},
    {"x = {1: 2, **a}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), "
     "None], values=[Constant(value=2), Name(id='a', ctx=Load())]))], type_ignores=[])"},
    {"x = {1, 2, *a}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), "
     "Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], "
     "type_ignores=[])"},
    {"[x for x in y if z if w for a in b]\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), "
     "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
     "ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=0), "
     "comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], "
     "is_async=0)]))], type_ignores=[])"},
    {"{x for x in y}\n",
     "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), "
     "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
     "ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{k: v for k, v in d.items()}\n",
     "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', "
     "ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), "
     "Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', "
     "ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], "
     "type_ignores=[])"},
    {"(x async for x in y)\n",
     "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), "
     "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
     "ifs=[], is_async=1)]))], type_ignores=[])"},
    {"[(a, b) for a in c]\n",
     "Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', "
     "ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), "
     "iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = ...\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], "
     "type_ignores=[])"},
    {"None, True, False\n",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), "
     "Constant(value=False)], ctx=Load()))], type_ignores=[])"},
    {"x = 'a' 'b'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], "
     "type_ignores=[])"},
    {"x = b'a' b'\\xff'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'a\\xff'))], "
     "type_ignores=[])"},
    {"x = f'{a}' 'b'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), "
     "Constant(value='b')]))], type_ignores=[])"},
    {"x = 'a' f'b{c!r:>{w}}' 'd'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', ctx=Load()), "
     "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
     "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='d')]))], "
     "type_ignores=[])"},
    {"x = 1.5, 1e10, 1e16, 1e-5, 0.0001, 123456789012345678.0, 1e400, 3.14j, 0xdead_beef, 0o777, "
     "0b1010, 1_000_000, 0, 00, 12345678901234567890123\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Constant(value=1.5), Constant(value=10000000000.0), Constant(value=1e+16), "
     "Constant(value=1e-05), Constant(value=0.0001), Constant(value=1.2345678901234568e+17), "
     "Constant(value=inf), Constant(value=3.14j), Constant(value=3735928559), Constant(value=511), "
     "Constant(value=10), Constant(value=1000000), Constant(value=0), Constant(value=0), "
     "Constant(value=12345678901234567890123)], ctx=Load()))], type_ignores=[])"},
    {"x = .5, 5., 1E5, 0.1, 1.0e-10, 0j, 1.5e300j, 0xFFFFFFFFFFFFFFFFFFFFFFFF\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Constant(value=0.5), Constant(value=5.0), Constant(value=100000.0), "
     "Constant(value=0.1), Constant(value=1e-10), Constant(value=0j), Constant(value=1.5e+300j), "
     "Constant(value=79228162514264337593543950335)], ctx=Load()))], type_ignores=[])"},
    {"(x := 1)\n",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), "
     "value=Constant(value=1)))], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass\n",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), "
     "value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), "
     "ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"while chunk := f.read(): pass\n",
     "Module(body=[While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), "
     "value=Call(func=Attribute(value=Name(id='f', ctx=Load()), attr='read', ctx=Load()), args=[], "
     "keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"[y := f(x), y**2]\n",
     "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), "
     "value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), "
     "BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], "
     "type_ignores=[])"},
    {"yield\n", "Module(body=[Expr(value=Yield())], type_ignores=[])"},
    {"yield x\n",
     "Module(body=[Expr(value=Yield(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"yield from x\n",
     "Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = yield\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"x = yield a, b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], "
     "ctx=Load())))], type_ignores=[])"},
    {"await f()\n",
     "Module(body=[Expr(value=Await(value=Call(func=Name(id='f', ctx=Load()), args=[], "
     "keywords=[])))], type_ignores=[])"},
    {"x = await f()\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Await(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])))], "
     "type_ignores=[])"},
    {"print(*a, sep='')\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), "
     "args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', "
     "value=Constant(value=''))]))], type_ignores=[])"},
    {"x[1] = y.z = 3\n",
     "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), "
     "slice=Constant(value=1), ctx=Store()), Attribute(value=Name(id='y', ctx=Load()), attr='z', "
     "ctx=Store())], value=Constant(value=3))], type_ignores=[])"},
    {"a.b: int = 3\n",
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', "
     "ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=0)], "
     "type_ignores=[])"},
    {"x: list[int] = []\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), "
     "annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), "
     "ctx=Load()), value=List(elts=[], ctx=Load()), simple=1)], type_ignores=[])"},
    {"if a:\n    if b:\n        pass\n    else:\n        pass\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
     "body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"},
    {"def f():\n    '''doc'''\n    return\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc')), Return()], "
     "decorator_list=[])], type_ignores=[])"},
    {"class A:\n    def f(self):\n        pass\n\n    x = 1\n",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', "
     "args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], "
     "defaults=[]), body=[Pass()], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Constant(value=1))], decorator_list=[])], type_ignores=[])"},
    {"u'abc'\n", "Module(body=[Expr(value=Constant(value='abc', kind='u'))], type_ignores=[])"},
    {"r'\\n'\n", "Module(body=[Expr(value=Constant(value='\\\\n'))], type_ignores=[])"},
    {"'it\\'s'\n", "Module(body=[Expr(value=Constant(value=\"it's\"))], type_ignores=[])"},
    {"'\"'\n", "Module(body=[Expr(value=Constant(value='\"'))], type_ignores=[])"},
    {"'\\t\\x00\\u00e9'\n",
     "Module(body=[Expr(value=Constant(value='\\t\\x00é'))], type_ignores=[])"},
    {"f'{x=}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
     "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"f'{x = }'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), "
     "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"f'{x=!s}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
     "FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"},
    {"f'{x=:>10}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
     "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
     "format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"},
    {"f'{{}}{x}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}'), "
     "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f''\n", "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])"},
    {"f'{a}{b}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), "
     "conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], "
     "type_ignores=[])"},
    {"f'{x:{w}.{p}f}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
     "conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), "
     "conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), "
     "conversion=-1), Constant(value='f')]))]))], type_ignores=[])"},
    {"f'{\"a\"}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), "
     "conversion=-1)]))], type_ignores=[])"},
    {"f'{a[\"b\"]}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', "
     "ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x!a}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
     "conversion=97)]))], type_ignores=[])"},
    {"f'{(lambda: 1)()}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args="
     "arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), "
     "body=Constant(value=1)), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])"},
    {"f'{x:}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
     "conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
    {"f'''{\nx\n}'''\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
     "conversion=-1)]))], type_ignores=[])"},
    {"f'{a, b}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', "
     "ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x == y}' f'{x != y}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', "
     "ctx=Load()), ops=[Eq()], comparators=[Name(id='y', ctx=Load())]), conversion=-1), "
     "FormattedValue(value=Compare(left=Name(id='x', ctx=Load()), ops=[NotEq()], "
     "comparators=[Name(id='y', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"f'{d[\"k\"]:>{w}}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', "
     "ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1, "
     "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', "
     "ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = -1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), "
     "operand=Constant(value=1)))], type_ignores=[])"},
    {"x = --1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), "
     "operand=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"},
    {"not not x\n",
     "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x', "
     "ctx=Load()))))], type_ignores=[])"},
    {"a if b else c if d else e\n",
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), "
     "orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), "
     "orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
    {"lambda: (yield)\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"},
    {"x = *a, *b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), "
     "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"*a, b = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), "
     "ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], "
     "type_ignores=[])"},
    {"for i in range(10): print(i)\n",
     "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', "
     "ctx=Load()), args=[Constant(value=10)], keywords=[]), "
     "body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='i', ctx=Load())], "
     "keywords=[]))], orelse=[])], type_ignores=[])"},
    {"del x\n", "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {"x = a[b][c]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', "
     "ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a = (yield)\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"f(a for a in b if c)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
     "args=[GeneratorExp(elt=Name(id='a', ctx=Load()), "
     "generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), "
     "ifs=[Name(id='c', ctx=Load())], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"if x:\n    pass\n# comment\n\nelse:\n    pass\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], "
     "type_ignores=[])"},
    {"\n\n\nx\n\n", "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"", "Module(body=[], type_ignores=[])"},
    {"\n", "Module(body=[], type_ignores=[])"},
    {"# only comment\n", "Module(body=[], type_ignores=[])"},
    {"x = [\n    1,\n    2,\n]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), "
     "Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = (1 +\n     2)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), "
     "op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"x = 1 + \\\n    2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), "
     "op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"def f(a, b, /): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], "
     "args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], "
     "type_ignores=[])"},
    {"def f(a=1, /, b=2): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
     "args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), "
     "Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(**kw,): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], kwarg=arg(arg='kw'), defaults=[]), body=[Pass()], decorator_list=[])], "
     "type_ignores=[])"},
    {"def f(*a,): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
     "decorator_list=[])], type_ignores=[])"},
    {"lambda *a, **k: 0\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), "
     "kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], "
     "type_ignores=[])"},
    {"class A(B, C,): pass\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], "
     "keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"f(a,)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], "
     "keywords=[]))], type_ignores=[])"},
    {"f(**a,)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], "
     "keywords=[keyword(value=Name(id='a', ctx=Load()))]))], type_ignores=[])"},
    {"x = {**a}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None], "
     "values=[Name(id='a', ctx=Load())]))], type_ignores=[])"},
    {"x = {*a}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"x = [*a]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], "
     "type_ignores=[])"},
    {"try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), "
     "body=[Pass()])], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"with a: pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], "
     "type_ignores=[])"},
    {"with a, b: pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), "
     "withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"x = a.b.c\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), "
     "attr='c', ctx=Load()))], type_ignores=[])"},
    {"x = 'a' \\\n  'b'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], "
     "type_ignores=[])"},
    {"x = b'' b''\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b''))], "
     "type_ignores=[])"},
    {"a[b:c, d:e]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Tuple(elts=[Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), "
     "Slice(lower=Name(id='d', ctx=Load()), upper=Name(id='e', ctx=Load()))], ctx=Load()), "
     "ctx=Load()))], type_ignores=[])"},
    {"a[()]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], "
     "ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[(1, 2)]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], "
     "type_ignores=[])"},
    {"if x: pass\nelif y: pass\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', "
     "ctx=Load()), body=[Pass()], orelse=[])])], type_ignores=[])"},
    {"async def f():\n    return [x async for x in y if await z]\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='x', "
     "ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', "
     "ctx=Load()), ifs=[Await(value=Name(id='z', ctx=Load()))], is_async=1)]))], "
     "decorator_list=[])], type_ignores=[])"},
    {"x = [i for i in range(3)][0]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Subscript(value=ListComp(elt=Name(id='i', ctx=Load()), "
     "generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', "
     "ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0)]), "
     "slice=Constant(value=0), ctx=Load()))], type_ignores=[])"},
    {"x = not a == b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), "
     "operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', "
     "ctx=Load())])))], type_ignores=[])"},
    {"x = a is not None\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', "
     "ctx=Load()), ops=[IsNot()], comparators=[Constant(value=None)]))], type_ignores=[])"},
    {"x = a not in b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', "
     "ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"},
    {"*a = 1\n",
     "Module(body=[Assign(targets=[Starred(value=Name(id='a', ctx=Store()), ctx=Store())], "
     "value=Constant(value=1))], type_ignores=[])"},
    {"def f(a, a): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), "
     "arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], "
     "decorator_list=[])], type_ignores=[])"},
    {"f(a=1, a=2)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], "
     "keywords=[keyword(arg='a', value=Constant(value=1)), keyword(arg='a', "
     "value=Constant(value=2))]))], type_ignores=[])"},
    {"*a\n",
     "Module(body=[Expr(value=Starred(value=Name(id='a', ctx=Load()), ctx=Load()))], "
     "type_ignores=[])"},
    {"x = 'a' 'b'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], "
     "type_ignores=[])"},
    {"f(*a, **b)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', "
     "ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='b', ctx=Load()))]))], "
     "type_ignores=[])"},
    {"del a[1:2]\n",
     "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), "
     "slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Del())])], "
     "type_ignores=[])"},
    {"x = a[...]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', "
     "ctx=Load()), slice=Constant(value=Ellipsis), ctx=Load()))], type_ignores=[])"},
    {"x = f'{x!r}' f'{y:{z}}'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), "
     "FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, "
     "format_spec=JoinedStr(values=[FormattedValue(value=Name(id='z', ctx=Load()), "
     "conversion=-1)]))]))], type_ignores=[])"},
    {"x = 10000000000000000000000000000000000000000\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Constant(value=10000000000000000000000000000000000000000))], type_ignores=[])"},
    {"x = 0xffffffffffffffffffffffffffffffff\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=Constant(value=340282366920938463463374607431768211455))], type_ignores=[])"},
    {"x = 1e500\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], "
     "type_ignores=[])"},
    {"x = 1j + 2.5J\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=BinOp(left=Constant(value=1j), op=Add(), right=Constant(value=2.5j)))], "
     "type_ignores=[])"},
    {"x = 0.1 + 1e-7 + 123.456e2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
     "value=BinOp(left=BinOp(left=Constant(value=0.1), op=Add(), right=Constant(value=1e-07)), "
     "op=Add(), right=Constant(value=12345.6)))], type_ignores=[])"},
};

const ErrorCase kErrorCases[] = {
    {"if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"if x y:\n pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"x = (1,\n2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"a b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {"[a + b c.d]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 11},
    {" x = 1\n", "IndentationError", "unexpected indent", 1, 1, 1, -1},
    {"if x:\npass\n", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"def f():\nx\n", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1, 2, 2},
    {"class A:\n\nx\n", "IndentationError",
     "expected an indented block after class definition on line 1", 3, 1, 3, 2},
    {"for x in y:\nz\n", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2},
    {"try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1",
     2, 1, 2, 2},
    {"if x:\n  y\nelse:\nz\n", "IndentationError",
     "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2},
    {"@d\ndef f():\nx\n", "IndentationError",
     "expected an indented block after function definition on line 2", 3, 1, 3, 2},
    {"with a:\nb\n", "IndentationError",
     "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2},
    {"while x:\ny\n", "IndentationError",
     "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 1a\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"f() = 1\n", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"1 = x\n", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"def f(x=1, y): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12,
     1, 13},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9,
     1, 10},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1,
     15},
    {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1,
     1, 1, 5},
    {"(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"x := 1\n", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
     1, 3, 1, 7},
    {"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"if x:\n    a\n  b\n", "IndentationError",
     "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"x = 'a' b'c'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"else:\n pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"f(*)\n", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
    {"import a.b as\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"pass\n  pass\n", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"x = \"\"\"abc\n", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"(a for a in b) = 1\n", "SyntaxError", "cannot assign to generator expression", 1, 1, 1, 15},
    {"a + 1 = 2\n", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"x.y() += 1\n", "SyntaxError",
     "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"del (a, b()), c\n", "SyntaxError", "cannot delete function call", 1, 9, 1, 12},
    {"[x for x in y] = 1\n", "SyntaxError",
     "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"f(x) = 1\n", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 5},
    {"True += 1\n", "SyntaxError", "'True' is an illegal expression for augmented assignment", 1, 1,
     1, 5},
    {"yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 1, 1, 6},
    {"x = 0777\n", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 6},
    {"x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7, 1, 7},
    {"a = 1; if x: pass\n", "SyntaxError", "invalid syntax", 1, 8, 1, 10},
    {"if x:\n  pass\n elif y:\n  pass\n", "IndentationError",
     "unindent does not match any outer indentation level", 3, 9, 3, -1},
    {"def f(:\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = ]\n", "SyntaxError", "unmatched ']'", 1, 5, 1, 5},
    {"(a, b\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {"{a: b\n", "SyntaxError", "'{' was never closed", 1, 1, 1, 0},
    {"f(\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
    {"f() = g = 1\n", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"a, f() = 1\n", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"x = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"(f()) = 1\n", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 2, 1, 5},
    {"[f()] = 1\n", "SyntaxError", "cannot assign to function call", 1, 2, 1, 5},
    {"for f() in x: pass\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"with a as f(): pass\n", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14},
    {"[x for f() in y]\n", "SyntaxError", "cannot assign to function call", 1, 8, 1, 11},
    {"def f():\n    x = 1\n   y = 2\n", "IndentationError",
     "unindent does not match any outer indentation level", 3, 9, 3, -1},
    {"x = (\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"print 'hello'\n", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
    {"while x\n    pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"def f()\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"try\n  pass\n", "SyntaxError", "expected ':'", 1, 4, 1, 4},
    {"else\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f'{x!z}'\n", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {"f'{x!}'\n", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"x = $\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = 5 if y\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"lambda x=1, y: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1,
     14},
    {"def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"def f(**a, b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12,
     1, 13},
    {"def f(/): pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def f(*, /): pass\n", "SyntaxError", "/ must be ahead of *", 1, 10, 1, 11},
    {"del *a\n", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"x + 1 += 1\n", "SyntaxError",
     "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"[a, b]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 7},
    {"if True:\n\tx = 1\n        y = 2\n", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"def f():\n    return\n  x\n", "IndentationError",
     "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"x = (a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"f(a, b c, d)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = {a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"async def f(): async x\n", "SyntaxError", "invalid syntax", 1, 16, 1, 21},
    {"x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"f(**a, *b)\n", "SyntaxError",
     "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"a = b = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 9, 1, 12},
    {"if x:\n    pass\n  else:\n    pass\n", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8, 3, -1},
    {"@\ndef f(): pass\n", "SyntaxError", "invalid syntax", 1, 2, 1, 2},
    {"from import x\n", "SyntaxError", "invalid syntax", 1, 6, 1, 12},
    {"from x import\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"from x import a,\n", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"x = lambda: yield\n", "SyntaxError", "invalid syntax", 1, 13, 1, 18},
    {"(*a)\n", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
};

const DumpCase kEvalCases[] = {
    {"1 + 2", "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
    {"a, b",
     "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], "
     "ctx=Load()))"},
    {"x if y else z\n",
     "Expression(body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), "
     "orelse=Name(id='z', ctx=Load())))"},
    {"lambda: 1",
     "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
     "kw_defaults=[], defaults=[]), body=Constant(value=1)))"},
    {"(yield)", "Expression(body=Yield())"},
    {"f(x)\n\n",
     "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], "
     "keywords=[]))"},
};

const DumpCase kSingleCases[] = {
    {"x = 1\n",
     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {"if x:\n    y\n\n",
     "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', "
     "ctx=Load()))], orelse=[])])"},
    {"a; b\n",
     "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', "
     "ctx=Load()))])"},
    {"def f():\n    pass\n",
     "Interactive(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
     "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])])"},
    {"@d\nclass A: pass\n",
     "Interactive(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], "
     "decorator_list=[Name(id='d', ctx=Load())])])"},
};

std::string dump_or_error(const char* src, Mode mode) {
  auto r = parse(src, mode);
  if (r.error) return r.error->kind + ": " + r.error->msg;
  return gp::ast::dump(*r.module, mode);
}

template <size_t N>
void expect_dumps(const DumpCase (&cases)[N], Mode mode) {
  for (const DumpCase& c : cases) {
    SCOPED_TRACE(c.src);
    EXPECT_EQ(dump_or_error(c.src, mode), c.dump);
  }
}

TEST(ParserTest, ExecDumpsMatchCPython) { expect_dumps(kExecCases, Mode::Exec); }

TEST(ParserTest, EvalDumpsMatchCPython) { expect_dumps(kEvalCases, Mode::Eval); }

TEST(ParserTest, SingleDumpsMatchCPython) { expect_dumps(kSingleCases, Mode::Single); }

TEST(ParserTest, SyntaxErrorsMatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    SCOPED_TRACE(c.src);
    auto r = parse(c.src, Mode::Exec);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, c.kind);
    EXPECT_EQ(r.error->msg, c.msg);
    EXPECT_EQ(r.error->line, c.line);
    EXPECT_EQ(r.error->offset, c.offset);
    EXPECT_EQ(r.error->end_line, c.end_line);
    EXPECT_EQ(r.error->end_offset, c.end_offset);
  }
}

TEST(ParserTest, ErrorCarriesSourceLine) {
  auto r = parse("x = 1\ny = = 2\n", Mode::Exec);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->text, "y = = 2\n");
}

// Statement spans follow CPython (lineno, col_offset, end_lineno,
// end_col_offset): a compound statement ends with its last body statement.
TEST(ParserTest, StatementLocations) {
  auto r = parse(
      "x = (1 +\n  2)\nif a:\n    b\nelse:\n    c = 3\n@d\ndef f(x):\n    return x\n"
      "async def g(): pass\nclass A:\n    x: int\n",
      Mode::Exec);
  ASSERT_TRUE(r.module.has_value());
  const gp::grammar::Loc want[] = {
      {1, 0, 2, 4}, {3, 0, 6, 9}, {8, 0, 9, 12}, {10, 0, 10, 19}, {11, 0, 12, 10}};
  ASSERT_EQ(r.module->body.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    const auto& l = r.module->body[i]->loc;
    EXPECT_EQ(l.line, want[i].line) << i;
    EXPECT_EQ(l.col, want[i].col) << i;
    EXPECT_EQ(l.end_line, want[i].end_line) << i;
    EXPECT_EQ(l.end_col, want[i].end_col) << i;
  }
}

// An f-string expression is parsed from a substring but located in the
// enclosing source.
TEST(ParserTest, FStringExpressionLocation) {
  auto r = parse("s = f'ab{ xy }'\n", Mode::Exec);
  ASSERT_TRUE(r.module.has_value());
  auto* assign = static_cast<gp::ast::Assign*>(r.module->body[0]);
  auto* joined = static_cast<gp::ast::JoinedStr*>(assign->value);
  ASSERT_EQ(joined->values.size(), 2u);
  auto* fv = static_cast<gp::ast::FormattedValue*>(joined->values[1]);
  EXPECT_EQ(fv->value->loc.line, 1);
  EXPECT_EQ(fv->value->loc.col, 10);
  EXPECT_EQ(fv->value->loc.end_col, 12);
}

TEST(ParserTest, DeepNestingAndLongChains) {
  std::string src = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
  EXPECT_TRUE(parse(src, Mode::Exec).module.has_value());
  std::string chain = "x = 1";
  for (int i = 0; i < 20000; ++i) chain += " + 1";
  EXPECT_TRUE(parse(chain + "\n", Mode::Exec).module.has_value());
  std::string elifs = "if a:\n    pass\n";
  for (int i = 0; i < 2000; ++i) elifs += "elif a:\n    pass\n";
  EXPECT_TRUE(parse(elifs, Mode::Exec).module.has_value());
}

// The parser keeps no global state: parses (including the nested ones for
// f-strings) may run on several threads at once.
TEST(ParserTest, ConcurrentParses) {
  const char* src = "def f(a, *b, **c):\n    return [f'{x!r:>{w}}' for x in a if x]\n";
  std::string want = dump_or_error(src, Mode::Exec);
  std::vector<std::thread> threads;
  std::vector<int> ok(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) ok[t] += dump_or_error(src, Mode::Exec) == want;
    });
  }
  for (auto& th : threads) th.join();
  for (int n : ok) EXPECT_EQ(n, 200);
}

}  // namespace
