// The abstract syntax tree the parser builds and the compiler walks.
//
// Node kinds and field names mirror CPython's `ast` module one for one, so the
// Python language reference and `ast.dump` output double as documentation.
// Nodes live in an Arena owned by the Module result; they are plain structs
// with raw pointers between them and are freed all at once with the arena.
// The grammar layer knows no runtime objects: literals keep their decoded
// payload as C++ values (a UTF-8 string, the digits of an int) and the
// compiler turns them into constants.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "grammar/tokens.h"

namespace gp::ast {

using grammar::Loc;

struct Node {
  Loc loc;
  virtual ~Node() = default;
};

class Arena {
 public:
  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ExprKind : uint8_t {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
};

struct Stmt;
struct Arguments;

struct BoolOp : Expr {
  BoolOp() : Expr(ExprKind::BoolOp) {}
  BoolOpKind op{};
  std::vector<Expr*> values;
};
struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  Expr* target = nullptr;  // always a Name
  Expr* value = nullptr;
};
struct BinOp : Expr {
  BinOp() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  OperatorKind op{};
  Expr* right = nullptr;
};
struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
  UnaryOpKind op{};
  Expr* operand = nullptr;
};
struct Lambda : Expr {
  Lambda() : Expr(ExprKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : Expr {
  IfExp() : Expr(ExprKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct Dict : Expr {
  Dict() : Expr(ExprKind::Dict) {}
  std::vector<Expr*> keys;  // nullptr key means `**values[i]`
  std::vector<Expr*> values;
};
struct Set : Expr {
  Set() : Expr(ExprKind::Set) {}
  std::vector<Expr*> elts;
};
struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};
struct ListComp : Expr {
  ListComp() : Expr(ExprKind::ListComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};
struct SetComp : Expr {
  SetComp() : Expr(ExprKind::SetComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};
struct DictComp : Expr {
  DictComp() : Expr(ExprKind::DictComp) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension> generators;
};
struct GeneratorExp : Expr {
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};
struct Await : Expr {
  Await() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};
struct Yield : Expr {
  Yield() : Expr(ExprKind::Yield) {}
  Expr* value = nullptr;  // may be nullptr
};
struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
  Expr* value = nullptr;
};
struct Compare : Expr {
  Compare() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};
struct Keyword : Node {
  std::string arg;  // empty means `**value`
  Expr* value = nullptr;
};
struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  std::vector<Expr*> args;  // may contain Starred
  std::vector<Keyword*> keywords;
};
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;          // -1, 's', 'r' or 'a'
  Expr* format_spec = nullptr;  // a JoinedStr or nullptr
};
struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
  std::vector<Expr*> values;  // Constant(str) and FormattedValue
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstKind ckind = ConstKind::None;
  // Int: decimal digits, optional leading '-' never present (no underscores).
  // Str: UTF-8 text. Bytes: raw bytes.
  std::string text;
  double fvalue = 0;  // Float, and the imaginary part of Complex
  std::string kind;   // "u" for a u-prefixed string literal (CPython's Constant.kind)
};
struct Attribute : Expr {
  Attribute() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
  Subscript() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;  // a Slice, a Tuple (possibly holding Slices), or any
  ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr {
  Starred() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : Expr {
  Name() : Expr(ExprKind::Name) {}
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List : Expr {
  List() : Expr(ExprKind::List) {}
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : Expr {
  Tuple() : Expr(ExprKind::Tuple) {}
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : Expr {
  Slice() : Expr(ExprKind::Slice) {}
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

struct Arg : Node {
  std::string arg;
  Expr* annotation = nullptr;
};
struct Arguments : Node {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; nullptr = none
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;  // for the last len(defaults) positional args
};

enum class StmtKind : uint8_t {
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  ExprStmt,
  Pass,
  Break,
  Continue
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

// FunctionDef and AsyncFunctionDef share this node; `kind` tells them apart.
struct FunctionDef : Stmt {
  explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : Stmt {
  Return() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};
struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  std::vector<Expr*> targets;
};
struct Assign : Stmt {
  Assign() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> targets;  // `a = b = c` has two targets
  Expr* value = nullptr;
};
struct AugAssign : Stmt {
  AugAssign() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  OperatorKind op{};
  Expr* value = nullptr;
};
struct AnnAssign : Stmt {
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // may be nullptr
  bool simple = true;     // target is a plain Name not in parentheses
};
// For and AsyncFor share this node.
struct For : Stmt {
  explicit For(StmtKind k = StmtKind::For) : Stmt(k) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct While : Stmt {
  While() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct If : Stmt {
  If() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;  // `elif` is a nested If alone in orelse
};
struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};
// With and AsyncWith share this node.
struct With : Stmt {
  explicit With(StmtKind k = StmtKind::With) : Stmt(k) {}
  std::vector<WithItem> items;
  std::vector<Stmt*> body;
};
struct Raise : Stmt {
  Raise() : Stmt(StmtKind::Raise) {}
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
struct ExceptHandler : Node {
  Expr* type = nullptr;  // nullptr for a bare `except:`
  std::string name;      // empty when there is no `as`
  std::vector<Stmt*> body;
};
struct Try : Stmt {
  Try() : Stmt(StmtKind::Try) {}
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};
struct Assert : Stmt {
  Assert() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct Alias {
  std::string name;    // dotted for Import: "os.path"
  std::string asname;  // empty when there is no `as`
  Loc loc;
};
struct Import : Stmt {
  Import() : Stmt(StmtKind::Import) {}
  std::vector<Alias> names;
};
struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  std::string module;        // may be empty for `from . import x`
  std::vector<Alias> names;  // a single "*" for `import *`
  int level = 0;
};
struct Global : Stmt {
  Global() : Stmt(StmtKind::Global) {}
  std::vector<std::string> names;
};
struct Nonlocal : Stmt {
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
  std::vector<std::string> names;
};
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::ExprStmt) {}
  Expr* value = nullptr;
};
struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};
struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};
struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

// A parsed source file (mode "exec"), a single interactive statement (mode
// "single") or an expression (mode "eval", body holds one ExprStmt).
struct Module {
  std::unique_ptr<Arena> arena = std::make_unique<Arena>();
  std::vector<Stmt*> body;
};

}  // namespace gp::ast
