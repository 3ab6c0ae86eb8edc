// parse(): the lexer -> Bison driver, and the ParseContext helpers the
// grammar actions call (see parser.y for the overall design).
//
// TokenStream sits between the lexer and the parser. It prepends the START_*
// token that selects the grammar's entry point, shifts token positions when
// parsing an f-string expression out of a larger source, rewrites the '(' of
// `with (a as b, c):` into WITH_LPAR (the one place where Python needs more
// lookahead than LALR(1) has), and keeps the tokens delivered so far so that
// syntax errors can be described the way CPython describes them.
//
// Errors follow CPython's priorities: after a parser error the rest of the
// source is still tokenized, and a tokenizer error found there wins (as in
// CPython, which re-tokenizes the file before raising).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>

#include "grammar/fstring.h"
#include "grammar/lexer.h"
#include "grammar/parser.tab.hh"
#include "grammar/string_literal.h"

namespace gp::grammar {

using yy::Parser;

namespace {

using ast::Expr;
using ast::ExprContext;
using ast::ExprKind;

// CPython's _PyPegen_get_expr_name: how messages name an expression.
// clang-format off
const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant:
      switch (static_cast<const ast::Constant*>(e)->ckind) {
        case ast::ConstKind::None: return "None";
        case ast::ConstKind::True: return "True";
        case ast::ConstKind::False: return "False";
        case ast::ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}
// clang-format on

bool is_kind(const Expr* e, ExprKind k) { return e && e->kind == k; }

Loc span(const Loc& a, const Loc& b) { return {a.line, a.col, b.end_line, b.end_col}; }

// Arbitrary-length base conversion of an integer literal's digits to
// decimal; grammar/ stays free of GMP.
std::string to_decimal(std::string_view digits, int base) {
  std::string dec = "0";  // little-endian decimal digits
  for (char c : digits) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    int carry = d;
    for (char& x : dec) {
      int v = (x - '0') * base + carry;
      x = static_cast<char>('0' + v % 10);
      carry = v / 10;
    }
    for (; carry; carry /= 10) dec.push_back(static_cast<char>('0' + carry % 10));
  }
  while (dec.size() > 1 && dec.back() == '0') dec.pop_back();
  return {dec.rbegin(), dec.rend()};
}

double to_double(std::string_view s) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc::result_out_of_range) {
    // from_chars leaves v alone; the sign of the exponent tells overflow
    // (Python gives inf) from underflow (0.0).
    size_t e = s.find_first_of("eE");
    return e != std::string_view::npos && e + 1 < s.size() && s[e + 1] == '-' ? 0.0 : HUGE_VAL;
  }
  return v;
}

bool is_layout(TokKind k) {
  return k == TokKind::Newline || k == TokKind::Indent || k == TokKind::Dedent;
}

bool ends_operand(TokKind k) {
  switch (k) {
    case TokKind::Name:
    case TokKind::Number:
    case TokKind::String:
    case TokKind::RPar:
    case TokKind::RSqb:
    case TokKind::RBrace:
    case TokKind::KwNone:
    case TokKind::KwTrue:
    case TokKind::KwFalse:
    case TokKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool starts_operand(TokKind k) {
  switch (k) {
    case TokKind::Name:
    case TokKind::Number:
    case TokKind::String:
    case TokKind::LBrace:
    case TokKind::KwNone:
    case TokKind::KwTrue:
    case TokKind::KwFalse:
    case TokKind::Ellipsis:
    case TokKind::KwAwait:
      return true;
    default:
      return false;
  }
}

int bracket_delta(TokKind k) {
  if (k == TokKind::LPar || k == TokKind::LSqb || k == TokKind::LBrace) return 1;
  if (k == TokKind::RPar || k == TokKind::RSqb || k == TokKind::RBrace) return -1;
  return 0;
}

// Tokens that end an expression when met at its own bracket level.
bool expression_boundary(TokKind k) {
  switch (k) {
    case TokKind::Comma:
    case TokKind::Equal:
    case TokKind::Colon:
    case TokKind::ColonEqual:
    case TokKind::KwIf:
    case TokKind::KwElse:
    case TokKind::KwLambda:
    case TokKind::KwFor:
    case TokKind::KwAsync:
    case TokKind::KwYield:
    case TokKind::Newline:
    case TokKind::EndOfFile:
    case TokKind::Error:
      return true;
    default:
      return false;
  }
}

// The description CPython gives of a block's header in "expected an
// indented block after ...".
// clang-format off
const char* block_owner(TokKind k) {
  switch (k) {
    case TokKind::KwIf: return "'if' statement";
    case TokKind::KwElif: return "'elif' statement";
    case TokKind::KwElse: return "'else' statement";
    case TokKind::KwWhile: return "'while' statement";
    case TokKind::KwFor: return "'for' statement";
    case TokKind::KwTry: return "'try' statement";
    case TokKind::KwExcept: return "'except' statement";
    case TokKind::KwFinally: return "'finally' statement";
    case TokKind::KwWith: return "'with' statement";
    case TokKind::KwDef: return "function definition";
    case TokKind::KwClass: return "class definition";
    default: return nullptr;
  }
}
// clang-format on

// clang-format off
int token_number(TokKind k) {
  using T = Parser::token;
  switch (k) {
    case TokKind::EndOfFile: return T::T_YYEOF;
    case TokKind::Newline: return T::T_NEWLINE;
    case TokKind::Indent: return T::T_INDENT;
    case TokKind::Dedent: return T::T_DEDENT;
    case TokKind::Name: return T::T_NAME;
    case TokKind::Number: return T::T_NUMBER;
    case TokKind::String: return T::T_STRING;
    case TokKind::KwFalse: return T::T_FALSE;
    case TokKind::KwNone: return T::T_NONE;
    case TokKind::KwTrue: return T::T_TRUE;
    case TokKind::KwAnd: return T::T_AND;
    case TokKind::KwAs: return T::T_AS;
    case TokKind::KwAssert: return T::T_ASSERT;
    case TokKind::KwAsync: return T::T_ASYNC;
    case TokKind::KwAwait: return T::T_AWAIT;
    case TokKind::KwBreak: return T::T_BREAK;
    case TokKind::KwClass: return T::T_CLASS;
    case TokKind::KwContinue: return T::T_CONTINUE;
    case TokKind::KwDef: return T::T_DEF;
    case TokKind::KwDel: return T::T_DEL;
    case TokKind::KwElif: return T::T_ELIF;
    case TokKind::KwElse: return T::T_ELSE;
    case TokKind::KwExcept: return T::T_EXCEPT;
    case TokKind::KwFinally: return T::T_FINALLY;
    case TokKind::KwFor: return T::T_FOR;
    case TokKind::KwFrom: return T::T_FROM;
    case TokKind::KwGlobal: return T::T_GLOBAL;
    case TokKind::KwIf: return T::T_IF;
    case TokKind::KwImport: return T::T_IMPORT;
    case TokKind::KwIn: return T::T_IN;
    case TokKind::KwIs: return T::T_IS;
    case TokKind::KwLambda: return T::T_LAMBDA;
    case TokKind::KwNonlocal: return T::T_NONLOCAL;
    case TokKind::KwNot: return T::T_NOT;
    case TokKind::KwOr: return T::T_OR;
    case TokKind::KwPass: return T::T_PASS;
    case TokKind::KwRaise: return T::T_RAISE;
    case TokKind::KwReturn: return T::T_RETURN;
    case TokKind::KwTry: return T::T_TRY;
    case TokKind::KwWhile: return T::T_WHILE;
    case TokKind::KwWith: return T::T_WITH;
    case TokKind::KwYield: return T::T_YIELD;
    case TokKind::LPar: return T::T_LPAR;
    case TokKind::RPar: return T::T_RPAR;
    case TokKind::LSqb: return T::T_LSQB;
    case TokKind::RSqb: return T::T_RSQB;
    case TokKind::LBrace: return T::T_LBRACE;
    case TokKind::RBrace: return T::T_RBRACE;
    case TokKind::Colon: return T::T_COLON;
    case TokKind::Comma: return T::T_COMMA;
    case TokKind::Semi: return T::T_SEMI;
    case TokKind::Plus: return T::T_PLUS;
    case TokKind::Minus: return T::T_MINUS;
    case TokKind::Star: return T::T_STAR;
    case TokKind::Slash: return T::T_SLASH;
    case TokKind::VBar: return T::T_VBAR;
    case TokKind::Amper: return T::T_AMPER;
    case TokKind::Less: return T::T_LESS;
    case TokKind::Greater: return T::T_GREATER;
    case TokKind::Equal: return T::T_EQUAL;
    case TokKind::Dot: return T::T_DOT;
    case TokKind::Percent: return T::T_PERCENT;
    case TokKind::EqEqual: return T::T_EQEQUAL;
    case TokKind::NotEqual: return T::T_NOTEQUAL;
    case TokKind::LessEqual: return T::T_LESSEQUAL;
    case TokKind::GreaterEqual: return T::T_GREATEREQUAL;
    case TokKind::Tilde: return T::T_TILDE;
    case TokKind::CircumFlex: return T::T_CIRCUMFLEX;
    case TokKind::LeftShift: return T::T_LEFTSHIFT;
    case TokKind::RightShift: return T::T_RIGHTSHIFT;
    case TokKind::DoubleStar: return T::T_DOUBLESTAR;
    case TokKind::PlusEqual: return T::T_PLUSEQUAL;
    case TokKind::MinEqual: return T::T_MINEQUAL;
    case TokKind::StarEqual: return T::T_STAREQUAL;
    case TokKind::SlashEqual: return T::T_SLASHEQUAL;
    case TokKind::PercentEqual: return T::T_PERCENTEQUAL;
    case TokKind::AmperEqual: return T::T_AMPEREQUAL;
    case TokKind::VBarEqual: return T::T_VBAREQUAL;
    case TokKind::CircumFlexEqual: return T::T_CIRCUMFLEXEQUAL;
    case TokKind::LeftShiftEqual: return T::T_LEFTSHIFTEQUAL;
    case TokKind::RightShiftEqual: return T::T_RIGHTSHIFTEQUAL;
    case TokKind::DoubleStarEqual: return T::T_DOUBLESTAREQUAL;
    case TokKind::DoubleSlash: return T::T_DOUBLESLASH;
    case TokKind::DoubleSlashEqual: return T::T_DOUBLESLASHEQUAL;
    case TokKind::At: return T::T_AT;
    case TokKind::AtEqual: return T::T_ATEQUAL;
    case TokKind::RArrow: return T::T_RARROW;
    case TokKind::Ellipsis: return T::T_ELLIPSIS;
    case TokKind::ColonEqual: return T::T_COLONEQUAL;
    case TokKind::Error: return T::T_LEXERROR;
  }
  return T::T_LEXERROR;
}
// clang-format on

}  // namespace

class TokenStream {
 public:
  TokenStream(std::string_view source, Mode mode, int line_shift = 0, int col_shift = 0)
      : lexer_(source), line_shift_(line_shift), col_shift_(col_shift) {
    start_ = mode == Mode::Exec   ? Parser::token::T_START_EXEC
             : mode == Mode::Eval ? Parser::token::T_START_EVAL
                                  : Parser::token::T_START_SINGLE;
  }

  // The next token for the parser; `with_lpar` is set when the token is a
  // '(' that opens `with (item, ...):`.
  const Token& next(bool& with_lpar) {
    fill(1);
    history_.push_back(std::move(ahead_.front()));
    ahead_.pop_front();
    const Token& t = history_.back();
    with_lpar = t.kind == TokKind::LPar && history_.size() >= 2 &&
                history_[history_.size() - 2].kind == TokKind::KwWith && parenthesized_with();
    return t;
  }
  // The n-th token not yet delivered (0 = the next one).
  const Token& peek(size_t n) {
    fill(n + 1);
    return ahead_[n];
  }
  // Tokens delivered so far; back() is the parser's lookahead at an error.
  const std::vector<Token>& history() const { return history_; }
  int start_token() {
    int s = start_;
    start_ = 0;
    return s;
  }
  std::string line_text(int line) const {
    return std::string(lexer_.line_text(line - line_shift_));
  }

 private:
  void fill(size_t n) {
    while (ahead_.size() < n) {
      Token t = lexer_.next();
      if (t.loc.line == 1) t.loc.col += col_shift_;
      if (t.loc.end_line == 1) t.loc.end_col += col_shift_;
      t.loc.line += line_shift_;
      t.loc.end_line += line_shift_;
      ahead_.push_back(std::move(t));
    }
  }
  // Whether the '(' just delivered after `with` is closed by a ')' that is
  // followed by ':'; then the parentheses group with-items, as in CPython.
  bool parenthesized_with() {
    int depth = 1;
    for (size_t i = 0;; ++i) {
      TokKind k = peek(i).kind;
      depth += bracket_delta(k);
      if (depth == 0) return peek(i + 1).kind == TokKind::Colon;
      if (k == TokKind::EndOfFile || k == TokKind::Error || k == TokKind::Newline) return false;
    }
  }

  Lexer lexer_;
  int line_shift_, col_shift_;
  int start_ = 0;
  std::deque<Token> ahead_;
  std::vector<Token> history_;
};

namespace yy {

Parser::symbol_type yylex(ParseContext& ctx) {
  const Token* t = nullptr;
  int num = ctx.lex(t);
  if (!t) return Parser::symbol_type(num, Loc{1, 0, 1, 0});
  if (t->kind == TokKind::Name || t->kind == TokKind::Number || t->kind == TokKind::String) {
    return Parser::symbol_type(num, t->text, t->loc);
  }
  return Parser::symbol_type(num, t->loc);
}

}  // namespace yy

// ---- tokens in, errors out ----

int ParseContext::lex(const Token*& tok) {
  if (int start = tokens_.start_token()) return start;
  bool with_lpar = false;
  tok = &tokens_.next(with_lpar);
  if (tok->kind == TokKind::Error) lexer_error(*tok);
  return with_lpar ? Parser::token::T_WITH_LPAR : token_number(tok->kind);
}

// A tokenizer error ends the parse with the lexer's own message and kind.
void ParseContext::lexer_error(const Token& t) {
  std::string_view msg = t.text;
  const char* kind = "SyntaxError";
  for (const char* k : {"IndentationError", "TabError"}) {
    std::string prefix = std::string(k) + ": ";
    if (msg.substr(0, prefix.size()) == prefix) {
      kind = k;
      msg.remove_prefix(prefix.size());
    }
  }
  fail(std::string(msg), t.loc, kind);
  // CPython leaves end_offset unset for these (0), or -1 for a bad dedent.
  if (msg.find("was never closed") != std::string_view::npos || kind[0] == 'T') {
    error->end_offset = 0;
  } else if (msg.find("unindent does not match") != std::string_view::npos) {
    error->end_offset = -1;
  }
}

bool ParseContext::fail(const std::string& msg, const Loc& loc, const char* kind) {
  if (!error) {
    SyntaxErrorInfo e;
    e.kind = kind;
    e.msg = msg;
    e.line = loc.line;
    e.offset = loc.col + 1;
    e.end_line = loc.end_line;
    e.end_offset = loc.end_col + 1;
    error = std::move(e);
  }
  return false;
}

void ParseContext::syntax_error(bool at_eof, const std::vector<int>& expected) {
  if (error) return;  // a tokenizer error already explains the failure
  const std::vector<Token>& h = tokens_.history();
  const Token& bad = h.back();
  size_t n = h.size();

  if (bad.kind == TokKind::Indent) {
    // CPython's offset here is the indentation width, its end_offset -1.
    fail("unexpected indent", {bad.loc.line, bad.loc.end_col - 1, bad.loc.line, -2},
         "IndentationError");
    return;
  }
  // `header:` NEWLINE, then anything but INDENT.
  if (n >= 3 && h[n - 2].kind == TokKind::Newline && h[n - 3].kind == TokKind::Colon) {
    size_t head = n - 3;
    while (head > 0 && !is_layout(h[head - 1].kind)) --head;
    TokKind k = h[head].kind;
    if (k == TokKind::KwAsync && head + 1 < n) k = h[head + 1].kind;
    if (const char* owner = block_owner(k)) {
      fail(std::string("expected an indented block after ") + owner + " on line " +
               std::to_string(h[head].loc.line),
           bad.loc, "IndentationError");
      return;
    }
  }
  bool colon =
      std::find(expected.begin(), expected.end(), Parser::symbol_kind::S_COLON) != expected.end();
  if (bad.kind == TokKind::Newline && colon && n >= 2) {
    const Loc& p = h[n - 2].loc;
    fail("expected ':'", {p.end_line, p.end_col, p.end_line, p.end_col});
    return;
  }
  if (missing_else(expected) || (!at_eof && (legacy_print() || forgot_comma()))) return;
  Loc at = bad.loc;
  if (bad.kind == TokKind::Newline || at_eof) at.end_col = at.col;
  fail("invalid syntax", at);
}

void ParseContext::prefer_tokenizer_error() {
  for (size_t i = 0;; ++i) {
    const Token& t = tokens_.peek(i);
    if (t.kind == TokKind::EndOfFile) return;
    if (t.kind != TokKind::Error) continue;
    // An unclosed bracket only wins when it opened on an earlier line.
    bool unclosed = t.text.find("was never closed") != std::string::npos;
    if (unclosed && tokens_.history().back().loc.line <= t.loc.line) return;
    error.reset();
    lexer_error(t);
    return;
  }
}

// Where the expression ending at history index `last` starts: walking back
// over balanced brackets to the nearest boundary at its own level.
size_t ParseContext::expression_start(size_t last) const {
  const std::vector<Token>& h = tokens_.history();
  size_t first = last;
  for (int depth = 0; first > 0; --first) {
    depth -= bracket_delta(h[first].kind);
    if (depth < 0) return first + 1;
    if (depth > 0) continue;
    TokKind prev = h[first - 1].kind;
    bool star = (prev == TokKind::Star || prev == TokKind::DoubleStar) && first >= 2 &&
                (h[first - 2].kind == TokKind::Comma || bracket_delta(h[first - 2].kind) > 0);
    if (expression_boundary(prev) || bracket_delta(prev) > 0 || star || is_layout(prev) ||
        prev == TokKind::Semi || prev == TokKind::KwReturn || prev == TokKind::KwIn) {
      break;
    }
  }
  return first;
}

// Where the expression starting at the parser's lookahead ends, scanning the
// tokens not yet parsed; a comma ends it unless `stop_at_comma` is false.
Loc ParseContext::expression_end(bool stop_at_comma) {
  const Token& start = tokens_.history().back();
  Loc end = start.loc;
  TokKind prev = start.kind;
  int depth = bracket_delta(prev);
  for (size_t i = 0;; ++i) {
    const Token& t = tokens_.peek(i);
    int d = bracket_delta(t.kind);
    bool boundary = expression_boundary(t.kind) && !(t.kind == TokKind::Comma && !stop_at_comma);
    if (depth == 0 && (d < 0 || boundary || t.kind == TokKind::Semi ||
                       (ends_operand(prev) && starts_operand(t.kind)))) {
      return end;
    }
    if (t.kind == TokKind::EndOfFile || t.kind == TokKind::Error) return end;
    depth += d;
    end = t.loc;
    prev = t.kind;
  }
}

// CPython's "Perhaps you forgot a comma?": inside brackets, an expression
// directly followed by another one; the range covers both.
bool ParseContext::forgot_comma() {
  const std::vector<Token>& h = tokens_.history();
  size_t n = h.size();
  if (n < 2 || !starts_operand(h[n - 1].kind) || !ends_operand(h[n - 2].kind)) return false;
  int level = 0;
  for (const Token& t : h) level += bracket_delta(t.kind);
  if (level - bracket_delta(h[n - 1].kind) <= 0) return false;
  size_t first = expression_start(n - 2);
  if (first + 1 == n - 1 && h[first].kind == TokKind::Name && h[n - 1].kind == TokKind::String) {
    return false;  // `print "x"`-like: CPython gives plain invalid syntax
  }
  fail("invalid syntax. Perhaps you forgot a comma?", span(h[first].loc, expression_end(true)));
  return true;
}

// `print x` / `exec x` at the start of a statement.
bool ParseContext::legacy_print() {
  const std::vector<Token>& h = tokens_.history();
  size_t n = h.size();
  if (n < 2 || !starts_operand(h[n - 1].kind) || h[n - 2].kind != TokKind::Name ||
      (h[n - 2].text != "print" && h[n - 2].text != "exec") ||
      (n > 2 && !is_layout(h[n - 3].kind) && h[n - 3].kind != TokKind::Semi)) {
    return false;
  }
  const std::string& name = h[n - 2].text;
  fail("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
       span(h[n - 2].loc, expression_end(false)));
  return true;
}

// `a if b` without `else`: the range runs from `a` to the end of `b`.
bool ParseContext::missing_else(const std::vector<int>& expected) {
  if (std::find(expected.begin(), expected.end(), Parser::symbol_kind::S_ELSE) == expected.end()) {
    return false;
  }
  const std::vector<Token>& h = tokens_.history();
  size_t i = h.size() - 1;
  for (int depth = 0; i > 0; --i) {
    depth -= bracket_delta(h[i - 1].kind);
    if (depth == 0 && h[i - 1].kind == TokKind::KwIf) break;
  }
  if (i < 2) return false;
  size_t first = expression_start(i - 2);
  fail("expected 'else' after 'if' expression", span(h[first].loc, h[h.size() - 2].loc));
  return true;
}

// ---- statements ----

ast::Stmt* ParseContext::expr_stmt(Expr* value) {
  auto* s = make<ast::ExprStmt>(value->loc);
  s->value = value;
  return s;
}

ast::Stmt* ParseContext::del(Expr* targets, const Loc& loc) {
  auto* s = make<ast::Delete>(loc);
  // `del a, b` lists two targets; `del (a, b)` deletes one tuple.
  if (is_kind(targets, ExprKind::Tuple) && !parenthesized_.count(targets)) {
    s->targets = static_cast<ast::Tuple*>(targets)->elts;
  } else {
    s->targets = {targets};
  }
  for (Expr* t : s->targets) {
    if (!check_target(t, ExprContext::Del, false)) return nullptr;
  }
  return s;
}

ast::Stmt* ParseContext::assign(std::vector<Expr*> targets, Expr* value, const Loc& loc) {
  bool here = targets.size() == 1;  // CPython's hint only for a lone `x = y`
  for (Expr* t : targets) {
    if (!check_target(t, ExprContext::Store, here)) return nullptr;
  }
  auto* s = make<ast::Assign>(loc);
  s->targets = std::move(targets);
  s->value = value;
  return s;
}

ast::Stmt* ParseContext::augassign(Expr* target, ast::OperatorKind op, Expr* value,
                                   const Loc& loc) {
  if (!is_kind(target, ExprKind::Name) && !is_kind(target, ExprKind::Attribute) &&
      !is_kind(target, ExprKind::Subscript)) {
    fail(std::string("'") + expr_name(target) +
             "' is an illegal expression for augmented assignment",
         target->loc);
    return nullptr;
  }
  check_target(target, ExprContext::Store, false);
  auto* s = make<ast::AugAssign>(loc);
  s->target = target;
  s->op = op;
  s->value = value;
  return s;
}

ast::Stmt* ParseContext::annassign(Expr* target, Expr* annotation, Expr* value, const Loc& loc) {
  const char* bad =
      is_kind(target, ExprKind::Tuple)  ? "only single target (not tuple) can be annotated"
      : is_kind(target, ExprKind::List) ? "only single target (not list) can be annotated"
                                        : nullptr;
  bool simple = is_kind(target, ExprKind::Name) && !parenthesized_.count(target);
  if (!bad && !is_kind(target, ExprKind::Name) && !is_kind(target, ExprKind::Attribute) &&
      !is_kind(target, ExprKind::Subscript)) {
    bad = "illegal target for annotation";
  }
  if (bad) {
    fail(bad, target->loc);
    return nullptr;
  }
  check_target(target, ExprContext::Store, false);
  auto* s = make<ast::AnnAssign>(loc);
  s->target = target;
  s->annotation = annotation;
  s->value = value;
  s->simple = simple;
  return s;
}

ast::Stmt* ParseContext::make_async(ast::Stmt* s, const Loc& loc) {
  s->kind = s->kind == ast::StmtKind::FunctionDef ? ast::StmtKind::AsyncFunctionDef
            : s->kind == ast::StmtKind::For       ? ast::StmtKind::AsyncFor
                                                  : ast::StmtKind::AsyncWith;
  s->loc.line = loc.line;
  s->loc.col = loc.col;
  return s;
}

ast::Stmt* ParseContext::decorate(ast::Stmt* s, std::vector<Expr*> decorators) {
  if (s->kind == ast::StmtKind::ClassDef) {
    static_cast<ast::ClassDef*>(s)->decorator_list = std::move(decorators);
  } else {
    static_cast<ast::FunctionDef*>(s)->decorator_list = std::move(decorators);
  }
  return s;
}

bool ParseContext::store(Expr* target, ExprContext ctx) { return check_target(target, ctx, false); }

// Gives a target and its sub-targets their context, or reports CPython's
// message for the first part that cannot be assigned to / deleted.
bool ParseContext::check_target(Expr* e, ExprContext ctx, bool here) {
  auto set_ctx = [ctx](auto* node) { node->ctx = ctx; };
  switch (e->kind) {
    case ExprKind::Name:
      set_ctx(static_cast<ast::Name*>(e));
      return true;
    case ExprKind::Attribute:
      set_ctx(static_cast<ast::Attribute*>(e));
      return true;
    case ExprKind::Subscript:
      set_ctx(static_cast<ast::Subscript*>(e));
      return true;
    case ExprKind::Starred: {
      auto* s = static_cast<ast::Starred*>(e);
      // A lone `*a = ...` is the compiler's error in CPython, not the parser's.
      if (ctx == ExprContext::Del) return fail("cannot delete starred", e->loc);
      set_ctx(s);
      return check_target(s->value, ctx, here);
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      bool is_list = e->kind == ExprKind::List;
      auto& elts = is_list ? static_cast<ast::List*>(e)->elts : static_cast<ast::Tuple*>(e)->elts;
      if (is_list) {
        set_ctx(static_cast<ast::List*>(e));
      } else {
        set_ctx(static_cast<ast::Tuple*>(e));
      }
      for (Expr* x : elts) {
        if (!check_target(x, ctx, here && !is_list)) return false;
      }
      return true;
    }
    default:
      break;
  }
  std::string name = expr_name(e);
  if (ctx == ExprContext::Del) return fail("cannot delete " + name, e->loc);
  if (is_kind(e, ExprKind::Yield) || is_kind(e, ExprKind::YieldFrom)) {
    return fail("assignment to yield expression not possible", e->loc);
  }
  bool named_const = is_kind(e, ExprKind::Constant) &&
                     static_cast<ast::Constant*>(e)->ckind <= ast::ConstKind::False;
  if (here && !named_const && !is_kind(e, ExprKind::GeneratorExp)) {
    return fail("cannot assign to " + name + " here. Maybe you meant '==' instead of '='?", e->loc);
  }
  return fail("cannot assign to " + name, e->loc);
}

// Sorts call arguments into positional ones and keywords, with CPython's
// ordering rules; shared by calls and class definitions.
bool ParseContext::split_args(std::vector<CallArg>& in, std::vector<Expr*>& args,
                              std::vector<ast::Keyword*>& keywords) {
  bool seen_keyword = false, seen_unpack = false;
  for (CallArg& a : in) {
    if (a.keyword) {
      (a.keyword->arg.empty() ? seen_unpack : seen_keyword) = true;
      keywords.push_back(a.keyword);
      continue;
    }
    // CPython points at the '*' of a starred argument, and at the token
    // after a plain one.
    const Loc& l = a.value->loc;
    bool starred = is_kind(a.value, ExprKind::Starred);
    Loc at = starred ? Loc{l.line, l.col, l.line, l.col + 1}
                     : Loc{l.end_line, l.end_col, l.end_line, l.end_col + 1};
    if (seen_unpack) {
      return fail(starred ? "iterable argument unpacking follows keyword argument unpacking"
                          : "positional argument follows keyword argument unpacking",
                  at);
    }
    if (seen_keyword && !starred) return fail("positional argument follows keyword argument", at);
    if (a.bare_genexp && in.size() > 1) {
      return fail("Generator expression must be parenthesized", a.value->loc);
    }
    args.push_back(a.value);
  }
  return true;
}

bool ParseContext::class_bases(ast::ClassDef* c, std::vector<CallArg>& args) {
  for (const CallArg& a : args) {
    if (a.bare_genexp) return fail("invalid syntax", a.value->loc);
  }
  return split_args(args, c->bases, c->keywords);
}

// ---- parameters ----

ast::Arguments* ParseContext::arguments(std::vector<ParamPart>& parts, const Loc& loc) {
  auto* a = make<ast::Arguments>(loc);
  bool slash = false, star = false, kwarg = false;
  const ParamPart* bare_star = nullptr;
  for (const ParamPart& p : parts) {
    if (kwarg) {
      fail("arguments cannot follow var-keyword argument", p.loc);
      return nullptr;
    }
    switch (p.kind) {
      case ParamPart::Plain:
        if (star) {
          a->kwonlyargs.push_back(p.arg);
          a->kw_defaults.push_back(p.dflt);
        } else if (p.dflt) {
          a->args.push_back(p.arg);
          a->defaults.push_back(p.dflt);
        } else if (!a->defaults.empty()) {
          fail("non-default argument follows default argument", p.loc);
          return nullptr;
        } else {
          a->args.push_back(p.arg);
        }
        break;
      case ParamPart::Slash:
        if (slash || star) {
          fail(slash ? "/ may appear only once" : "/ must be ahead of *", p.loc);
          return nullptr;
        }
        if (a->args.empty()) {
          fail(parts.size() == 1 ? "invalid syntax" : "at least one argument must precede /",
               p.loc);
          return nullptr;
        }
        slash = true;
        a->posonlyargs = std::move(a->args);
        a->args.clear();
        break;
      case ParamPart::Star:
        if (star) {
          fail("* argument may appear only once", p.loc);
          return nullptr;
        }
        star = true;
        a->vararg = p.arg;
        if (!p.arg) bare_star = &p;
        break;
      case ParamPart::DoubleStar:
        kwarg = true;
        a->kwarg = p.arg;
        break;
    }
  }
  if (bare_star && a->kwonlyargs.empty()) {
    fail("named arguments must follow bare *", bare_star->loc);
    return nullptr;
  }
  return a;
}

ast::Arg* ParseContext::arg(std::string name, const Loc& loc) {
  auto* a = make<ast::Arg>(loc);
  a->arg = std::move(name);
  return a;
}

// ---- expressions ----

Expr* ParseContext::tuple(std::vector<Expr*> elts, const Loc& loc) {
  auto* e = make<ast::Tuple>(loc);
  e->elts = std::move(elts);
  return e;
}

Expr* ParseContext::list(std::vector<Expr*> elts, const Loc& loc) {
  auto* e = make<ast::List>(loc);
  e->elts = std::move(elts);
  return e;
}

Expr* ParseContext::set(std::vector<Expr*> elts, const Loc& loc) {
  auto* e = make<ast::Set>(loc);
  e->elts = std::move(elts);
  return e;
}

Expr* ParseContext::dict(std::vector<DictItem>& items, const Loc& loc) {
  auto* e = make<ast::Dict>(loc);
  for (const DictItem& i : items) {
    e->keys.push_back(i.key);
    e->values.push_back(i.value);
  }
  return e;
}

Expr* ParseContext::paren(Expr* e) {
  if (is_kind(e, ExprKind::Starred)) {
    fail("cannot use starred expression here", e->loc);
    return nullptr;
  }
  parenthesized_.insert(e);
  return e;
}

Expr* ParseContext::named(Expr* target, Expr* value, const Loc& loc) {
  if (!is_kind(target, ExprKind::Name)) {
    fail(std::string("cannot use assignment expressions with ") + expr_name(target), target->loc);
    return nullptr;
  }
  static_cast<ast::Name*>(target)->ctx = ExprContext::Store;
  auto* e = make<ast::NamedExpr>(loc);
  e->target = target;
  e->value = value;
  return e;
}

Expr* ParseContext::boolop(ast::BoolOpKind op, std::vector<Expr*> values, const Loc& loc) {
  auto* e = make<ast::BoolOp>(loc);
  e->op = op;
  e->values = std::move(values);
  return e;
}

Expr* ParseContext::binop(Expr* l, ast::OperatorKind op, Expr* r, const Loc& loc) {
  auto* e = make<ast::BinOp>(loc);
  e->left = l;
  e->op = op;
  e->right = r;
  return e;
}

Expr* ParseContext::unary(ast::UnaryOpKind op, Expr* operand, const Loc& loc) {
  auto* e = make<ast::UnaryOp>(loc);
  e->op = op;
  e->operand = operand;
  return e;
}

Expr* ParseContext::call(Expr* func, std::vector<CallArg>& args, const Loc& loc, const Loc& lpar) {
  auto* e = make<ast::Call>(loc);
  e->func = func;
  if (!split_args(args, e->args, e->keywords)) return nullptr;
  // A lone generator argument borrows the call's parentheses, as in CPython.
  if (args.size() == 1 && args[0].bare_genexp) args[0].value->loc = span(lpar, loc);
  return e;
}

ast::Keyword* ParseContext::keyword(Expr* name, Expr* value, const Loc& loc) {
  if (!is_kind(name, ExprKind::Name) || parenthesized_.count(name)) {
    fail("expression cannot contain assignment, perhaps you meant \"==\"?",
         {name->loc.line, name->loc.col, value->loc.line, value->loc.col});
    return nullptr;
  }
  auto* k = make<ast::Keyword>(loc);
  k->arg = static_cast<ast::Name*>(name)->id;
  k->value = value;
  return k;
}

Expr* ParseContext::subscript_single(Expr* e) {
  // `a[*b]` subscripts with the tuple `(*b,)`.
  return is_kind(e, ExprKind::Starred) ? tuple({e}, e->loc) : e;
}

Expr* ParseContext::slice(Expr* lower, Expr* upper, Expr* step, const Loc& loc) {
  auto* e = make<ast::Slice>(loc);
  e->lower = lower;
  e->upper = upper;
  e->step = step;
  return e;
}

Expr* ParseContext::constant(ast::ConstKind kind, const Loc& loc) {
  auto* c = make<ast::Constant>(loc);
  c->ckind = kind;
  return c;
}

Expr* ParseContext::number(const std::string& text, const Loc& loc) {
  std::string s;
  std::remove_copy(text.begin(), text.end(), std::back_inserter(s), '_');
  auto* c = make<ast::Constant>(loc);
  char last = s.back() | 0x20;
  char radix = s.size() > 1 && s[0] == '0' ? static_cast<char>(s[1] | 0x20) : 0;
  if (last == 'j') {
    c->ckind = ast::ConstKind::Complex;
    c->fvalue = to_double(std::string_view(s).substr(0, s.size() - 1));
  } else if (radix == 'x' || radix == 'o' || radix == 'b') {
    c->ckind = ast::ConstKind::Int;
    c->text = to_decimal(std::string_view(s).substr(2), radix == 'x' ? 16 : radix == 'o' ? 8 : 2);
  } else if (s.find_first_of(".eE") != std::string::npos) {
    c->ckind = ast::ConstKind::Float;
    c->fvalue = to_double(s);
  } else {
    c->ckind = ast::ConstKind::Int;
    size_t nz = s.find_first_not_of('0');
    c->text = nz == std::string::npos ? "0" : s.substr(nz);
  }
  return c;
}

// Adjacent literals: all bytes give one bytes Constant; str pieces without
// an f-string give one str Constant; any f-string makes a JoinedStr whose
// neighbouring text pieces are merged.
Expr* ParseContext::strings(std::vector<StrTok>& parts, const Loc& loc) {
  std::vector<Expr*> values;
  std::string text;
  bool bytes = false, fstring = false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const StrTok& p = parts[i];
    DecodedString d;
    std::string err;
    if (!decode_string_token(p.text, d, err)) {
      fail(err, p.loc);
      return nullptr;
    }
    bool is_bytes = d.kind == DecodedString::Bytes;
    if (i == 0) bytes = is_bytes;
    if (is_bytes != bytes) {
      fail("cannot mix bytes and nonbytes literals",
           {p.loc.end_line, p.loc.end_col, p.loc.end_line, p.loc.end_col});
      return nullptr;
    }
    if (d.kind != DecodedString::FString) {
      text += d.value;
      append_text(*this, values, d.value, p.loc);
      continue;
    }
    fstring = true;
    size_t quote = p.text.find_first_of("'\"");
    size_t qlen = p.text.compare(quote, 3, std::string(3, p.text[quote])) == 0 ? 3 : 1;
    Loc body{p.loc.line, p.loc.col + static_cast<int>(quote + qlen), p.loc.line, 0};
    Loc end{p.loc.end_line, p.loc.end_col, p.loc.end_line, p.loc.end_col};
    if (!parse_fstring(*this, d.value, d.raw, body, end, values)) return nullptr;
  }
  if (fstring) {
    auto* j = make<ast::JoinedStr>(loc);
    j->values = std::move(values);
    return j;
  }
  auto* c = make<ast::Constant>(loc);
  c->ckind = bytes ? ast::ConstKind::Bytes : ast::ConstKind::Str;
  c->text = std::move(text);
  if ((parts[0].text[0] | 0x20) == 'u') c->kind = "u";
  return c;
}

Expr* ParseContext::subexpression(std::string_view text, int line, int col) {
  // Parenthesised as CPython does, so the expression may span lines and be
  // a bare tuple or yield; the '(' sits one column before the text.
  std::string src(1, '(');
  src += text;
  src += ')';
  TokenStream tokens(src, Mode::Eval, line - 1, col - 1);
  ParseContext sub(arena_, tokens);
  Parser parser(sub);
  if (parser.parse() != 0 || sub.error) {
    if (!error) {
      error = sub.error;
      if (error && error->msg.rfind("f-string", 0) != 0) error->msg = "f-string: " + error->msg;
    }
    return nullptr;
  }
  return static_cast<ast::ExprStmt*>(sub.body[0])->value;
}

// ---- entry point ----

ParseResult parse(std::string_view source, Mode mode) {
  ParseResult result;
  ast::Module module;
  TokenStream tokens(source, mode);
  ParseContext ctx(*module.arena, tokens);
  Parser parser(ctx);
  if (parser.parse() != 0 || ctx.error) {
    ctx.prefer_tokenizer_error();
    SyntaxErrorInfo e = ctx.error ? *ctx.error : SyntaxErrorInfo{};
    if (e.msg.empty()) e.msg = "invalid syntax";
    e.text = tokens.line_text(e.line);
    if (!e.text.empty() && e.text.back() != '\n') e.text += '\n';
    result.error = std::move(e);
    return result;
  }
  module.body = std::move(ctx.body);
  result.module = std::move(module);
  return result;
}

}  // namespace gp::grammar
