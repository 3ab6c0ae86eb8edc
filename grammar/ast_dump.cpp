// ast.dump() clone (see ast_dump.h).
//
// Mirrors CPython's ast._format with annotate_fields=True and no indent:
// every field prints as name=value in declaration order, except optional
// fields that are None, which CPython leaves out. Constants print with
// Python's repr rules (quote choice and escapes for str/bytes, shortest
// round-trip digits for floats), which is what makes the output comparable
// with CPython's byte for byte.
#include "grammar/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <initializer_list>

namespace gp::ast {

namespace {

struct Field {
  const char* name;
  std::string value;
  bool present = true;
};

std::string node(const char* name, std::initializer_list<Field> fields) {
  std::string s = std::string(name) + "(";
  bool first = true;
  for (const Field& f : fields) {
    if (!f.present) continue;
    if (!first) s += ", ";
    first = false;
    s += f.name;
    s += '=';
    s += f.value;
  }
  return s + ")";
}

template <class T, class F>
std::string list(const std::vector<T>& v, F fn) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ", ";
    s += fn(v[i]);
  }
  return s + "]";
}

// Code points Python's str.isprintable() rejects, for the common blocks;
// unassigned code points are not tracked.
bool printable(uint32_t c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
  if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
      (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF || c == 0x1680 ||
      (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF9 && c <= 0xFFFB) || c >= 0xF0000) {
    return false;
  }
  return true;
}

char quote_for(std::string_view s) {
  return s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos ? '"'
                                                                                         : '\'';
}

void escape_hex(std::string& out, uint32_t c) {
  char buf[16];
  if (c < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
  } else if (c < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", c);
  }
  out += buf;
}

// Appends the escape repr() writes for character c inside quotes q;
// false when c stands for itself.
bool escape(std::string& out, uint32_t c, char q, bool is_printable) {
  if (c == static_cast<uint32_t>(q) || c == '\\') {
    out += '\\';
    out += static_cast<char>(c);
  } else if (c == '\n') {
    out += "\\n";
  } else if (c == '\r') {
    out += "\\r";
  } else if (c == '\t') {
    out += "\\t";
  } else if (!is_printable) {
    escape_hex(out, c);
  } else {
    return false;
  }
  return true;
}

// Python's repr() of a str held as UTF-8.
std::string str_repr(std::string_view s) {
  char q = quote_for(s);
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    uint32_t c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < len && i + k < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if (!escape(out, c, q, printable(c))) out.append(s.substr(i, static_cast<size_t>(len)));
    i += static_cast<size_t>(len);
  }
  return out + q;
}

std::string bytes_repr(std::string_view s) {
  char q = quote_for(s);
  std::string out = "b";
  out += q;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (!escape(out, c, q, c >= 0x20 && c < 0x7F)) out += ch;
  }
  return out + q;
}

// Python's repr() of a float: the shortest round-trip digits, positional
// when the decimal exponent is in [-4, 16), scientific otherwise. Complex
// parts drop the ".0" a float repr would add.
std::string float_repr(double v, bool complex_part) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  size_t e = sci.find('e');
  int exp = std::stoi(sci.substr(e + 1));
  std::string digits;
  bool neg = sci[0] == '-';
  for (char c : sci.substr(0, e)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  std::string out = neg ? "-" : "";
  if (exp >= -4 && exp < 16) {
    int point = exp + 1;  // digits before the decimal point
    if (point <= 0) {
      out += "0." + std::string(static_cast<size_t>(-point), '0') + digits;
    } else if (static_cast<size_t>(point) >= digits.size()) {
      out += digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
      if (!complex_part) out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(point)) + "." +
             digits.substr(static_cast<size_t>(point));
    }
    return out;
  }
  out += digits.substr(0, 1);
  if (digits.size() > 1) {
    out += '.';
    out.append(digits, 1);
  }
  char ebuf[16];
  std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  return out + ebuf;
}

const char* ctx_name(ExprContext c) {
  return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}

const char* op_name(OperatorKind op) {
  static const char* const names[] = {"Add()",    "Sub()",    "Mult()",    "MatMult()", "Div()",
                                      "Mod()",    "Pow()",    "LShift()",  "RShift()",  "BitOr()",
                                      "BitXor()", "BitAnd()", "FloorDiv()"};
  return names[static_cast<int>(op)];
}

const char* unary_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
  return names[static_cast<int>(op)];
}

const char* cmp_name(CmpOpKind op) {
  static const char* const names[] = {"Eq()",  "NotEq()", "Lt()",    "LtE()", "Gt()",
                                      "GtE()", "Is()",    "IsNot()", "In()",  "NotIn()"};
  return names[static_cast<int>(op)];
}

std::string expr(const Expr* e);
std::string stmt(const Stmt* s);

std::string exprs(const std::vector<Expr*>& v) { return list(v, expr); }
std::string stmts(const std::vector<Stmt*>& v) { return list(v, stmt); }
Field opt(const char* name, const Expr* e) { return {name, e ? expr(e) : "", e != nullptr}; }
std::string quoted(const std::string& s) { return str_repr(s); }

std::string constant_value(const Constant* c) {
  switch (c->ckind) {
    case ConstKind::None:
      return "None";
    case ConstKind::True:
      return "True";
    case ConstKind::False:
      return "False";
    case ConstKind::Ellipsis:
      return "Ellipsis";
    case ConstKind::Int:
      return c->text;
    case ConstKind::Float:
      return float_repr(c->fvalue, false);
    case ConstKind::Complex:
      return float_repr(c->fvalue, true) + "j";
    case ConstKind::Str:
      return str_repr(c->text);
    case ConstKind::Bytes:
      return bytes_repr(c->text);
  }
  return "";
}

std::string arg(const Arg* a) {
  if (!a) return "None";
  return node("arg", {{"arg", quoted(a->arg)}, opt("annotation", a->annotation)});
}

std::string arguments(const Arguments* a) {
  return node("arguments", {{"posonlyargs", list(a->posonlyargs, arg)},
                            {"args", list(a->args, arg)},
                            {"vararg", arg(a->vararg), a->vararg != nullptr},
                            {"kwonlyargs", list(a->kwonlyargs, arg)},
                            {"kw_defaults", exprs(a->kw_defaults)},
                            {"kwarg", arg(a->kwarg), a->kwarg != nullptr},
                            {"defaults", exprs(a->defaults)}});
}

std::string keyword(const Keyword* k) {
  return node("keyword", {{"arg", quoted(k->arg), !k->arg.empty()}, {"value", expr(k->value)}});
}

std::string generators(const std::vector<Comprehension>& gens) {
  return list(gens, [](const Comprehension& c) {
    return node("comprehension", {{"target", expr(c.target)},
                                  {"iter", expr(c.iter)},
                                  {"ifs", exprs(c.ifs)},
                                  {"is_async", c.is_async ? "1" : "0"}});
  });
}

// Node kinds that share a field layout print through one template each.
template <class T>
std::string elt_comprehension(const char* name, const Expr* e) {
  auto* x = static_cast<const T*>(e);
  return node(name, {{"elt", expr(x->elt)}, {"generators", generators(x->generators)}});
}

template <class T>
std::string sequence(const char* name, const Expr* e) {
  auto* x = static_cast<const T*>(e);
  return node(name, {{"elts", exprs(x->elts)}, {"ctx", ctx_name(x->ctx)}});
}

template <class T>
std::string test_body_orelse(const char* name, const Stmt* s) {
  auto* x = static_cast<const T*>(s);
  return node(name,
              {{"test", expr(x->test)}, {"body", stmts(x->body)}, {"orelse", stmts(x->orelse)}});
}

std::string expr(const Expr* e) {
  if (!e) return "None";
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* x = static_cast<const BoolOp*>(e);
      return node("BoolOp", {{"op", x->op == BoolOpKind::And ? "And()" : "Or()"},
                             {"values", exprs(x->values)}});
    }
    case ExprKind::NamedExpr: {
      auto* x = static_cast<const NamedExpr*>(e);
      return node("NamedExpr", {{"target", expr(x->target)}, {"value", expr(x->value)}});
    }
    case ExprKind::BinOp: {
      auto* x = static_cast<const BinOp*>(e);
      return node("BinOp",
                  {{"left", expr(x->left)}, {"op", op_name(x->op)}, {"right", expr(x->right)}});
    }
    case ExprKind::UnaryOp: {
      auto* x = static_cast<const UnaryOp*>(e);
      return node("UnaryOp", {{"op", unary_name(x->op)}, {"operand", expr(x->operand)}});
    }
    case ExprKind::Lambda: {
      auto* x = static_cast<const Lambda*>(e);
      return node("Lambda", {{"args", arguments(x->args)}, {"body", expr(x->body)}});
    }
    case ExprKind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      return node("IfExp",
                  {{"test", expr(x->test)}, {"body", expr(x->body)}, {"orelse", expr(x->orelse)}});
    }
    case ExprKind::Dict: {
      auto* x = static_cast<const Dict*>(e);
      return node("Dict", {{"keys", exprs(x->keys)}, {"values", exprs(x->values)}});
    }
    case ExprKind::Set:
      return node("Set", {{"elts", exprs(static_cast<const Set*>(e)->elts)}});
    case ExprKind::ListComp:
      return elt_comprehension<ListComp>("ListComp", e);
    case ExprKind::SetComp:
      return elt_comprehension<SetComp>("SetComp", e);
    case ExprKind::GeneratorExp:
      return elt_comprehension<GeneratorExp>("GeneratorExp", e);
    case ExprKind::DictComp: {
      auto* x = static_cast<const DictComp*>(e);
      return node("DictComp", {{"key", expr(x->key)},
                               {"value", expr(x->value)},
                               {"generators", generators(x->generators)}});
    }
    case ExprKind::Await:
      return node("Await", {{"value", expr(static_cast<const Await*>(e)->value)}});
    case ExprKind::Yield:
      return node("Yield", {opt("value", static_cast<const Yield*>(e)->value)});
    case ExprKind::YieldFrom:
      return node("YieldFrom", {{"value", expr(static_cast<const YieldFrom*>(e)->value)}});
    case ExprKind::Compare: {
      auto* x = static_cast<const Compare*>(e);
      return node("Compare", {{"left", expr(x->left)},
                              {"ops", list(x->ops, cmp_name)},
                              {"comparators", exprs(x->comparators)}});
    }
    case ExprKind::Call: {
      auto* x = static_cast<const Call*>(e);
      return node("Call", {{"func", expr(x->func)},
                           {"args", exprs(x->args)},
                           {"keywords", list(x->keywords, keyword)}});
    }
    case ExprKind::FormattedValue: {
      auto* x = static_cast<const FormattedValue*>(e);
      return node("FormattedValue", {{"value", expr(x->value)},
                                     {"conversion", std::to_string(x->conversion)},
                                     opt("format_spec", x->format_spec)});
    }
    case ExprKind::JoinedStr:
      return node("JoinedStr", {{"values", exprs(static_cast<const JoinedStr*>(e)->values)}});
    case ExprKind::Constant: {
      auto* x = static_cast<const Constant*>(e);
      return node("Constant",
                  {{"value", constant_value(x)}, {"kind", quoted(x->kind), !x->kind.empty()}});
    }
    case ExprKind::Attribute: {
      auto* x = static_cast<const Attribute*>(e);
      return node(
          "Attribute",
          {{"value", expr(x->value)}, {"attr", quoted(x->attr)}, {"ctx", ctx_name(x->ctx)}});
    }
    case ExprKind::Subscript: {
      auto* x = static_cast<const Subscript*>(e);
      return node(
          "Subscript",
          {{"value", expr(x->value)}, {"slice", expr(x->slice)}, {"ctx", ctx_name(x->ctx)}});
    }
    case ExprKind::Starred: {
      auto* x = static_cast<const Starred*>(e);
      return node("Starred", {{"value", expr(x->value)}, {"ctx", ctx_name(x->ctx)}});
    }
    case ExprKind::Name: {
      auto* x = static_cast<const Name*>(e);
      return node("Name", {{"id", quoted(x->id)}, {"ctx", ctx_name(x->ctx)}});
    }
    case ExprKind::List:
      return sequence<List>("List", e);
    case ExprKind::Tuple:
      return sequence<Tuple>("Tuple", e);
    case ExprKind::Slice: {
      auto* x = static_cast<const Slice*>(e);
      return node("Slice", {opt("lower", x->lower), opt("upper", x->upper), opt("step", x->step)});
    }
  }
  return "";
}

std::string alias(const Alias& a) {
  return node("alias", {{"name", quoted(a.name)}, {"asname", quoted(a.asname), !a.asname.empty()}});
}

std::string handler(const ExceptHandler* h) {
  return node("ExceptHandler", {opt("type", h->type),
                                {"name", quoted(h->name), !h->name.empty()},
                                {"body", stmts(h->body)}});
}

std::string withitem(const WithItem& w) {
  return node("withitem",
              {{"context_expr", expr(w.context_expr)}, opt("optional_vars", w.optional_vars)});
}

std::string stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* x = static_cast<const FunctionDef*>(s);
      return node(s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef",
                  {{"name", quoted(x->name)},
                   {"args", arguments(x->args)},
                   {"body", stmts(x->body)},
                   {"decorator_list", exprs(x->decorator_list)},
                   opt("returns", x->returns)});
    }
    case StmtKind::ClassDef: {
      auto* x = static_cast<const ClassDef*>(s);
      return node("ClassDef", {{"name", quoted(x->name)},
                               {"bases", exprs(x->bases)},
                               {"keywords", list(x->keywords, keyword)},
                               {"body", stmts(x->body)},
                               {"decorator_list", exprs(x->decorator_list)}});
    }
    case StmtKind::Return:
      return node("Return", {opt("value", static_cast<const Return*>(s)->value)});
    case StmtKind::Delete:
      return node("Delete", {{"targets", exprs(static_cast<const Delete*>(s)->targets)}});
    case StmtKind::Assign: {
      auto* x = static_cast<const Assign*>(s);
      return node("Assign", {{"targets", exprs(x->targets)}, {"value", expr(x->value)}});
    }
    case StmtKind::AugAssign: {
      auto* x = static_cast<const AugAssign*>(s);
      return node("AugAssign",
                  {{"target", expr(x->target)}, {"op", op_name(x->op)}, {"value", expr(x->value)}});
    }
    case StmtKind::AnnAssign: {
      auto* x = static_cast<const AnnAssign*>(s);
      return node("AnnAssign", {{"target", expr(x->target)},
                                {"annotation", expr(x->annotation)},
                                opt("value", x->value),
                                {"simple", x->simple ? "1" : "0"}});
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* x = static_cast<const For*>(s);
      return node(s->kind == StmtKind::For ? "For" : "AsyncFor", {{"target", expr(x->target)},
                                                                  {"iter", expr(x->iter)},
                                                                  {"body", stmts(x->body)},
                                                                  {"orelse", stmts(x->orelse)}});
    }
    case StmtKind::While:
      return test_body_orelse<While>("While", s);
    case StmtKind::If:
      return test_body_orelse<If>("If", s);
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* x = static_cast<const With*>(s);
      return node(s->kind == StmtKind::With ? "With" : "AsyncWith",
                  {{"items", list(x->items, withitem)}, {"body", stmts(x->body)}});
    }
    case StmtKind::Raise: {
      auto* x = static_cast<const Raise*>(s);
      return node("Raise", {opt("exc", x->exc), opt("cause", x->cause)});
    }
    case StmtKind::Try: {
      auto* x = static_cast<const Try*>(s);
      return node("Try", {{"body", stmts(x->body)},
                          {"handlers", list(x->handlers, handler)},
                          {"orelse", stmts(x->orelse)},
                          {"finalbody", stmts(x->finalbody)}});
    }
    case StmtKind::Assert: {
      auto* x = static_cast<const Assert*>(s);
      return node("Assert", {{"test", expr(x->test)}, opt("msg", x->msg)});
    }
    case StmtKind::Import:
      return node("Import", {{"names", list(static_cast<const Import*>(s)->names, alias)}});
    case StmtKind::ImportFrom: {
      auto* x = static_cast<const ImportFrom*>(s);
      return node("ImportFrom", {{"module", quoted(x->module), !x->module.empty()},
                                 {"names", list(x->names, alias)},
                                 {"level", std::to_string(x->level)}});
    }
    case StmtKind::Global:
      return node("Global", {{"names", list(static_cast<const Global*>(s)->names, quoted)}});
    case StmtKind::Nonlocal:
      return node("Nonlocal", {{"names", list(static_cast<const Nonlocal*>(s)->names, quoted)}});
    case StmtKind::ExprStmt:
      return node("Expr", {{"value", expr(static_cast<const ExprStmt*>(s)->value)}});
    case StmtKind::Pass:
      return "Pass()";
    case StmtKind::Break:
      return "Break()";
    case StmtKind::Continue:
      return "Continue()";
  }
  return "";
}

}  // namespace

std::string dump(const Module& module, grammar::Mode mode) {
  switch (mode) {
    case grammar::Mode::Eval:
      return node("Expression",
                  {{"body", expr(static_cast<const ExprStmt*>(module.body[0])->value)}});
    case grammar::Mode::Single:
      return node("Interactive", {{"body", stmts(module.body)}});
    case grammar::Mode::Exec:
      break;
  }
  return node("Module", {{"body", stmts(module.body)}, {"type_ignores", "[]"}});
}

}  // namespace gp::ast
