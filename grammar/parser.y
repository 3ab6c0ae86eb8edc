// Python 3.11 grammar (without `match`) as a Bison LALR(1) C++ parser.
//
// How it works: parse.cpp feeds tokens from the re2c lexer through
// TokenStream, which first emits one START_* pseudo-token naming the mode, so
// a single grammar serves exec, eval and single-statement input. Actions build
// ast nodes in the caller's arena through ParseContext (parse.cpp), which owns
// all logic beyond plumbing: literals, assignment targets, call arguments,
// parameter lists, error messages.
//
// Why LALR and not PEG: Bison gives a fast, re-entrant parser with no
// backtracking. The places where Python's grammar needs more than one token of
// lookahead are handled the way CPython's old LL(1) parser did it:
//   - assignment targets are parsed as expressions and then checked and given
//     a Store/Del context (ParseContext::store), which is also where CPython's
//     "cannot assign to ..." messages come from;
//   - keyword arguments are parsed as `test '=' test` and the left side is
//     checked to be a name;
//   - `with (a as b, c):` is told apart from `with (a, b) as c:` by
//     TokenStream, which looks ahead to the matching ')' and turns the '(' into
//     WITH_LPAR when a ':' follows it.
// The grammar has no conflicts (%expect 0).
//
// The parser is pure: no globals; all state lives in ParseContext, so nested
// parses (f-string expressions) and threads can run concurrently.

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {gp::grammar::yy}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.prefix {T_}
%define api.location.type {gp::grammar::Loc}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {gp::grammar::ParseContext& ctx}

%code requires {
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "grammar/ast.h"
#include "grammar/parser.h"

namespace gp::grammar {

class ParseContext;

// One string literal token as written, decoded later with its neighbours
// because adjacent literals concatenate into one Constant or JoinedStr.
struct StrTok {
  std::string text;
  Loc loc;
};

// One call argument as written; ParseContext::call sorts them into
// positional arguments and keywords and checks their order.
struct CallArg {
  ast::Expr* value = nullptr;      // positional (maybe Starred) argument
  ast::Keyword* keyword = nullptr; // `k=v` or `**v`
  bool bare_genexp = false;        // `f(x for x in y)` without own parens
};

// One piece of a parameter list as written; ParseContext::arguments checks
// the order of the pieces and builds ast::Arguments.
struct ParamPart {
  enum Kind { Plain, Slash, Star, DoubleStar } kind = Plain;
  ast::Arg* arg = nullptr;     // nullptr for '/' and a bare '*'
  ast::Expr* dflt = nullptr;
  Loc loc;
};

struct DictItem {
  ast::Expr* key = nullptr;  // nullptr for `**value`
  ast::Expr* value = nullptr;
};

struct CmpPart {
  ast::CmpOpKind op{};
  ast::Expr* value = nullptr;
};

class TokenStream;

// The state of one parse and the helpers the grammar actions call. Every
// check that needs more than the grammar's shape lives here, in one place,
// whichever rule needs it. Helpers that can fail record the error and return
// nullptr/false; the action then aborts the parse (CHECK).
class ParseContext {
 public:
  ParseContext(ast::Arena& arena, TokenStream& tokens) : arena_(arena), tokens_(tokens) {}

  std::vector<ast::Stmt*> body;
  std::optional<SyntaxErrorInfo> error;

  template <class T>
  T* make(const Loc& loc) {
    T* n = arena_.make<T>();
    n->loc = loc;
    return n;
  }
  // Extends a compound node to the end of its last body statement (the
  // DEDENT that closes a block sits on a later line).
  template <class T>
  T* close(T* n, const std::vector<ast::Stmt*>& body) {
    if (!body.empty()) {
      n->loc.end_line = body.back()->loc.end_line;
      n->loc.end_col = body.back()->loc.end_col;
    }
    return n;
  }
  template <class T>
  ast::Expr* comprehension(ast::Expr* elt, std::vector<ast::Comprehension> gens, const Loc& loc) {
    T* e = make<T>(loc);
    e->elt = elt;
    e->generators = std::move(gens);
    return e;
  }

  // The next token's Bison number; `tok` is nullptr for the START_* token.
  int lex(const Token*& tok);
  // Records the first error (later ones are consequences) and returns false.
  bool fail(const std::string& msg, const Loc& loc, const char* kind = "SyntaxError");
  // Describes a parser error at the lookahead token the way CPython would;
  // `expected` holds the Bison symbol kinds acceptable there.
  void syntax_error(bool at_eof, const std::vector<int>& expected);
  // After a failed parse: CPython re-tokenizes the rest of the source and
  // lets a tokenizer error found there win over the parser's error.
  void prefer_tokenizer_error();

  ast::Stmt* expr_stmt(ast::Expr* value);
  ast::Stmt* del(ast::Expr* targets, const Loc& loc);
  ast::Stmt* assign(std::vector<ast::Expr*> targets, ast::Expr* value, const Loc& loc);
  ast::Stmt* augassign(ast::Expr* target, ast::OperatorKind op, ast::Expr* value, const Loc& loc);
  ast::Stmt* annassign(ast::Expr* target, ast::Expr* annotation, ast::Expr* value,
                       const Loc& loc);
  ast::Stmt* make_async(ast::Stmt* s, const Loc& loc);
  ast::Stmt* decorate(ast::Stmt* s, std::vector<ast::Expr*> decorators);
  bool class_bases(ast::ClassDef* c, std::vector<CallArg>& args);
  bool store(ast::Expr* target, ast::ExprContext ctx);

  ast::Arguments* arguments(std::vector<ParamPart>& parts, const Loc& loc);
  ast::Arg* arg(std::string name, const Loc& loc);

  ast::Expr* tuple(std::vector<ast::Expr*> elts, const Loc& loc);
  ast::Expr* list(std::vector<ast::Expr*> elts, const Loc& loc);
  ast::Expr* set(std::vector<ast::Expr*> elts, const Loc& loc);
  ast::Expr* dict(std::vector<DictItem>& items, const Loc& loc);
  ast::Expr* paren(ast::Expr* e);
  ast::Expr* named(ast::Expr* target, ast::Expr* value, const Loc& loc);
  ast::Expr* boolop(ast::BoolOpKind op, std::vector<ast::Expr*> values, const Loc& loc);
  ast::Expr* binop(ast::Expr* l, ast::OperatorKind op, ast::Expr* r, const Loc& loc);
  ast::Expr* unary(ast::UnaryOpKind op, ast::Expr* operand, const Loc& loc);
  ast::Expr* call(ast::Expr* func, std::vector<CallArg>& args, const Loc& loc, const Loc& lpar);
  ast::Keyword* keyword(ast::Expr* name, ast::Expr* value, const Loc& loc);
  ast::Expr* subscript_single(ast::Expr* e);
  ast::Expr* slice(ast::Expr* lower, ast::Expr* upper, ast::Expr* step, const Loc& loc);
  ast::Expr* constant(ast::ConstKind kind, const Loc& loc);
  ast::Expr* number(const std::string& text, const Loc& loc);
  ast::Expr* strings(std::vector<StrTok>& parts, const Loc& loc);

  // Parses `text`, the expression of an f-string replacement field found at
  // line/col of this parse's source, into this parse's arena.
  ast::Expr* subexpression(std::string_view text, int line, int col);

 private:
  void lexer_error(const Token& t);
  bool forgot_comma();
  bool legacy_print();
  bool missing_else(const std::vector<int>& expected);
  size_t expression_start(size_t last) const;
  Loc expression_end(bool stop_at_comma);
  bool check_target(ast::Expr* e, ast::ExprContext ctx, bool here);
  bool split_args(std::vector<CallArg>& in, std::vector<ast::Expr*>& args,
                  std::vector<ast::Keyword*>& keywords);
  ast::Arena& arena_;
  TokenStream& tokens_;
  std::unordered_set<const ast::Expr*> parenthesized_;
};

}  // namespace gp::grammar

// Node spans follow CPython: from the first token's start to the last
// token's end; an empty rule sits at the end of what precedes it.
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
  do {                                                                \
    if (N) {                                                          \
      (Cur).line = YYRHSLOC(Rhs, 1).line;                             \
      (Cur).col = YYRHSLOC(Rhs, 1).col;                               \
      (Cur).end_line = YYRHSLOC(Rhs, N).end_line;                     \
      (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                       \
    } else {                                                          \
      (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;        \
      (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;           \
    }                                                                 \
  } while (0)
}

%code {
namespace gp::grammar::yy {
Parser::symbol_type yylex(ParseContext& ctx);
}
using namespace gp;
using namespace gp::grammar;
using ast::ExprContext;
using ast::OperatorKind;
using ast::CmpOpKind;
using ast::UnaryOpKind;

// Actions that detect an error record it in ctx and stop the parse.
#define CHECK(cond) do { if (!(cond)) YYABORT; } while (0)
}

%token START_EXEC START_EVAL START_SINGLE WITH_LPAR
%token NEWLINE INDENT DEDENT
%token <std::string> NAME NUMBER STRING
%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert"
       ASYNC "async" AWAIT "await" BREAK "break" CLASS "class"
       CONTINUE "continue" DEF "def" DEL "del" ELIF "elif" ELSE "else"
       EXCEPT "except" FINALLY "finally" FOR "for" FROM "from"
       GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is"
       LAMBDA "lambda" NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass"
       RAISE "raise" RETURN "return" TRY "try" WHILE "while" WITH "with"
       YIELD "yield"
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}"
       COLON ":" COMMA "," SEMI ";" PLUS "+" MINUS "-" STAR "*" SLASH "/"
       VBAR "|" AMPER "&" LESS "<" GREATER ">" EQUAL "=" DOT "."
       PERCENT "%" EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<="
       GREATEREQUAL ">=" TILDE "~" CIRCUMFLEX "^" LEFTSHIFT "<<"
       RIGHTSHIFT ">>" DOUBLESTAR "**" PLUSEQUAL "+=" MINEQUAL "-="
       STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%=" AMPEREQUAL "&="
       VBAREQUAL "|=" CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<="
       RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**=" DOUBLESLASH "//"
       DOUBLESLASHEQUAL "//=" AT "@" ATEQUAL "@=" RARROW "->"
       ELLIPSIS "..." COLONEQUAL ":="
// A lexer Error token: no rule accepts it, so the parse stops there with the
// lexer's message (recorded by ParseContext::lex).
%token LEXERROR

%type <std::vector<ast::Stmt*>> file_stmts stmt simple_stmt small_stmts stmts block
                                 else_opt elif_else finally_opt
%type <ast::Stmt*> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt
                   try_stmt with_stmt funcdef classdef async_stmt decorated
                   import_stmt import_from flow_stmt
%type <std::vector<ast::Expr*>> assign_chain decorators ts_head tl_head el_head
                                nl_head sub_head
%type <ast::Expr*> testlist_star testlist exprlist ts_elem nelem el_elem yield_expr
                   yield_or_tls namedexpr_test test or_test and_test not_test comparison
                   expr xor_expr and_expr shift_expr arith_expr term factor power
                   await_primary primary atom star_expr lambdef opt_test subscripts
                   sub_elem slice decorator ret_opt
%type <std::vector<ast::Expr*>> or_chain and_chain
%type <std::vector<CmpPart>> comp_chain
%type <ast::CmpOpKind> comp_op
%type <ast::OperatorKind> augassign
%type <std::vector<StrTok>> strings
%type <std::vector<ast::Comprehension>> comp_for
%type <ast::Comprehension> comp_for_clause
%type <std::vector<CallArg>> arglist args_list class_args
%type <CallArg> argument
%type <std::vector<ParamPart>> typedargslist tparams varargslist vparams
%type <ParamPart> tparam vparam
%type <ast::Arg*> tfpdef
%type <std::vector<DictItem>> dict_items dict_head
%type <DictItem> dict_item
%type <std::vector<ast::WithItem>> with_items
%type <ast::WithItem> with_item
%type <std::vector<ast::ExceptHandler*>> handlers
%type <ast::ExceptHandler*> handler
%type <std::vector<ast::Alias>> dotted_as_names import_as_names import_targets
%type <ast::Alias> dotted_as_name import_as_name
%type <std::string> dotted_name
%type <std::vector<std::string>> name_list
%type <int> dots

%start input

%%

input:
    START_EXEC file_stmts             { ctx.body = std::move($2); }
  | START_EVAL testlist newlines      { ctx.body = {ctx.expr_stmt($2)}; }
  | START_SINGLE newlines             { }
  | START_SINGLE newlines stmt newlines { ctx.body = std::move($3); }
  ;

newlines: %empty | newlines NEWLINE ;

file_stmts:
    %empty                 { }
  | file_stmts NEWLINE     { $$ = std::move($1); }
  | file_stmts stmt        { $$ = std::move($1); $$.insert($$.end(), $2.begin(), $2.end()); }
  ;

stmts:
    stmt                   { $$ = std::move($1); }
  | stmts stmt             { $$ = std::move($1); $$.insert($$.end(), $2.begin(), $2.end()); }
  ;

stmt:
    simple_stmt            { $$ = std::move($1); }
  | compound_stmt          { $$ = {$1}; }
  ;

simple_stmt:
    small_stmts NEWLINE        { $$ = std::move($1); }
  | small_stmts ";" NEWLINE    { $$ = std::move($1); }
  ;

small_stmts:
    small_stmt                 { $$ = {$1}; }
  | small_stmts ";" small_stmt { $$ = std::move($1); $$.push_back($3); }
  ;

small_stmt:
    expr_stmt                  { $$ = $1; }
  | "del" exprlist             { CHECK($$ = ctx.del($2, @$)); }
  | "pass"                     { $$ = ctx.make<ast::Pass>(@$); }
  | flow_stmt                  { $$ = $1; }
  | import_stmt                { $$ = $1; }
  | "global" name_list         { auto* s = ctx.make<ast::Global>(@$); s->names = std::move($2); $$ = s; }
  | "nonlocal" name_list       { auto* s = ctx.make<ast::Nonlocal>(@$); s->names = std::move($2); $$ = s; }
  | "assert" test              { auto* s = ctx.make<ast::Assert>(@$); s->test = $2; $$ = s; }
  | "assert" test "," test     { auto* s = ctx.make<ast::Assert>(@$); s->test = $2; s->msg = $4; $$ = s; }
  ;

expr_stmt:
    testlist_star              { CHECK($$ = ctx.expr_stmt($1)); }
  | yield_expr                 { $$ = ctx.expr_stmt($1); }
  | testlist_star augassign yield_or_tls   { CHECK($$ = ctx.augassign($1, $2, $3, @$)); }
  | testlist_star ":" test                 { CHECK($$ = ctx.annassign($1, $3, nullptr, @$)); }
  | testlist_star ":" test "=" yield_or_tls { CHECK($$ = ctx.annassign($1, $3, $5, @$)); }
  | assign_chain yield_or_tls              { CHECK($$ = ctx.assign(std::move($1), $2, @$)); }
  ;

assign_chain:
    testlist_star "="                 { $$ = {$1}; }
  | yield_expr "="                    { $$ = {$1}; }
  | assign_chain yield_or_tls "="     { $$ = std::move($1); $$.push_back($2); }
  ;

yield_or_tls: yield_expr { $$ = $1; } | testlist_star { $$ = $1; } ;

augassign:
    "+="  { $$ = OperatorKind::Add; }      | "-="  { $$ = OperatorKind::Sub; }
  | "*="  { $$ = OperatorKind::Mult; }     | "@="  { $$ = OperatorKind::MatMult; }
  | "/="  { $$ = OperatorKind::Div; }      | "%="  { $$ = OperatorKind::Mod; }
  | "&="  { $$ = OperatorKind::BitAnd; }   | "|="  { $$ = OperatorKind::BitOr; }
  | "^="  { $$ = OperatorKind::BitXor; }   | "<<=" { $$ = OperatorKind::LShift; }
  | ">>=" { $$ = OperatorKind::RShift; }   | "**=" { $$ = OperatorKind::Pow; }
  | "//=" { $$ = OperatorKind::FloorDiv; }
  ;

flow_stmt:
    "break"                    { $$ = ctx.make<ast::Break>(@$); }
  | "continue"                 { $$ = ctx.make<ast::Continue>(@$); }
  | "return"                   { $$ = ctx.make<ast::Return>(@$); }
  | "return" testlist_star     { auto* s = ctx.make<ast::Return>(@$); s->value = $2; $$ = s; }
  | "raise"                    { $$ = ctx.make<ast::Raise>(@$); }
  | "raise" test               { auto* s = ctx.make<ast::Raise>(@$); s->exc = $2; $$ = s; }
  | "raise" test "from" test   { auto* s = ctx.make<ast::Raise>(@$); s->exc = $2; s->cause = $4; $$ = s; }
  ;

name_list:
    NAME                   { $$ = {std::move($1)}; }
  | name_list "," NAME     { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

import_stmt:
    "import" dotted_as_names  { auto* s = ctx.make<ast::Import>(@$); s->names = std::move($2); $$ = s; }
  | import_from               { $$ = $1; }
  ;

import_from:
    "from" dots dotted_name "import" import_targets {
      auto* s = ctx.make<ast::ImportFrom>(@$);
      s->level = $2; s->module = std::move($3); s->names = std::move($5); $$ = s;
    }
  | "from" dots "import" import_targets {
      CHECK($2 > 0 || ctx.fail("invalid syntax", @3));
      auto* s = ctx.make<ast::ImportFrom>(@$);
      s->level = $2; s->names = std::move($4); $$ = s;
    }
  ;

dots:
    %empty          { $$ = 0; }
  | dots "."        { $$ = $1 + 1; }
  | dots "..."      { $$ = $1 + 3; }
  ;

import_targets:
    "*"                          { $$ = {ast::Alias{"*", "", @1}}; }
  | "(" import_as_names ")"      { $$ = std::move($2); }
  | "(" import_as_names "," ")"  { $$ = std::move($2); }
  | import_as_names              { $$ = std::move($1); }
  | import_as_names "," {
      ctx.fail("trailing comma not allowed without surrounding parentheses",
               {@2.end_line, @2.end_col, @2.end_line, @2.end_col});
      YYABORT;
    }
  ;

import_as_names:
    import_as_name                      { $$ = {std::move($1)}; }
  | import_as_names "," import_as_name  { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

import_as_name:
    NAME              { $$ = ast::Alias{std::move($1), "", @$}; }
  | NAME "as" NAME    { $$ = ast::Alias{std::move($1), std::move($3), @$}; }
  ;

dotted_as_names:
    dotted_as_name                      { $$ = {std::move($1)}; }
  | dotted_as_names "," dotted_as_name  { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

dotted_as_name:
    dotted_name            { $$ = ast::Alias{std::move($1), "", @$}; }
  | dotted_name "as" NAME  { $$ = ast::Alias{std::move($1), std::move($3), @$}; }
  ;

dotted_name:
    NAME                   { $$ = std::move($1); }
  | dotted_name "." NAME   { $$ = std::move($1) + "." + $3; }
  ;

compound_stmt:
    if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef
  | decorated | async_stmt
  ;

async_stmt:
    "async" funcdef    { $$ = ctx.make_async($2, @$); }
  | "async" for_stmt   { $$ = ctx.make_async($2, @$); }
  | "async" with_stmt  { $$ = ctx.make_async($2, @$); }
  ;

block:
    simple_stmt                    { $$ = std::move($1); }
  | NEWLINE INDENT stmts DEDENT    { $$ = std::move($3); }
  ;

if_stmt:
    "if" namedexpr_test ":" block elif_else {
      auto* s = ctx.make<ast::If>(@$);
      s->test = $2; s->body = std::move($4); s->orelse = std::move($5);
      $$ = ctx.close(s, s->orelse.empty() ? s->body : s->orelse);
    }
  ;

elif_else:
    else_opt  { $$ = std::move($1); }
  | "elif" namedexpr_test ":" block elif_else {
      auto* s = ctx.make<ast::If>(@$);
      s->test = $2; s->body = std::move($4); s->orelse = std::move($5);
      $$ = {ctx.close(s, s->orelse.empty() ? s->body : s->orelse)};
    }
  ;

else_opt:
    %empty               { }
  | "else" ":" block     { $$ = std::move($3); }
  ;

while_stmt:
    "while" namedexpr_test ":" block else_opt {
      auto* s = ctx.make<ast::While>(@$);
      s->test = $2; s->body = std::move($4); s->orelse = std::move($5);
      $$ = ctx.close(s, s->orelse.empty() ? s->body : s->orelse);
    }
  ;

for_stmt:
    "for" exprlist "in" testlist_star ":" block else_opt {
      auto* s = ctx.make<ast::For>(@$);
      CHECK(ctx.store($2, ExprContext::Store));
      s->target = $2; s->iter = $4; s->body = std::move($6); s->orelse = std::move($7);
      $$ = ctx.close(s, s->orelse.empty() ? s->body : s->orelse);
    }
  ;

try_stmt:
    "try" ":" block handlers else_opt finally_opt {
      auto* s = ctx.make<ast::Try>(@$);
      s->body = std::move($3); s->handlers = std::move($4);
      s->orelse = std::move($5); s->finalbody = std::move($6);
      $$ = ctx.close(s, !s->finalbody.empty() ? s->finalbody
                        : !s->orelse.empty() ? s->orelse : s->handlers.back()->body);
    }
  | "try" ":" block "finally" ":" block {
      auto* s = ctx.make<ast::Try>(@$);
      s->body = std::move($3); s->finalbody = std::move($6);
      $$ = ctx.close(s, s->finalbody);
    }
  ;

finally_opt:
    %empty                 { }
  | "finally" ":" block    { $$ = std::move($3); }
  ;

handlers:
    handler                { $$ = {$1}; }
  | handlers handler       { $$ = std::move($1); $$.push_back($2); }
  ;

handler:
    "except" ":" block {
      auto* h = ctx.make<ast::ExceptHandler>(@$); h->body = std::move($3); $$ = ctx.close(h, h->body);
    }
  | "except" test ":" block {
      auto* h = ctx.make<ast::ExceptHandler>(@$);
      h->type = $2; h->body = std::move($4); $$ = ctx.close(h, h->body);
    }
  | "except" test "as" NAME ":" block {
      auto* h = ctx.make<ast::ExceptHandler>(@$);
      h->type = $2; h->name = std::move($4); h->body = std::move($6); $$ = ctx.close(h, h->body);
    }
  ;

with_stmt:
    "with" with_items ":" block {
      auto* s = ctx.make<ast::With>(@$);
      s->items = std::move($2); s->body = std::move($4); $$ = ctx.close(s, s->body);
    }
  | "with" WITH_LPAR with_items opt_comma ")" ":" block {
      auto* s = ctx.make<ast::With>(@$);
      s->items = std::move($3); s->body = std::move($7); $$ = ctx.close(s, s->body);
    }
  ;

opt_comma: %empty | "," ;

with_items:
    with_item                  { $$ = {$1}; }
  | with_items "," with_item   { $$ = std::move($1); $$.push_back($3); }
  ;

with_item:
    test               { $$ = ast::WithItem{$1, nullptr}; }
  | test "as" expr     { CHECK(ctx.store($3, ExprContext::Store)); $$ = ast::WithItem{$1, $3}; }
  ;

funcdef:
    "def" NAME "(" typedargslist ")" ret_opt ":" block {
      auto* s = ctx.make<ast::FunctionDef>(@$);
      s->name = std::move($2); s->returns = $6; s->body = std::move($8);
      CHECK(s->args = ctx.arguments($4, @4));
      $$ = ctx.close(s, s->body);
    }
  ;

ret_opt: %empty { $$ = nullptr; } | "->" test { $$ = $2; } ;

classdef:
    "class" NAME class_args ":" block {
      auto* s = ctx.make<ast::ClassDef>(@$);
      s->name = std::move($2); s->body = std::move($5);
      CHECK(ctx.class_bases(s, $3));
      $$ = ctx.close(s, s->body);
    }
  ;

class_args:
    %empty               { }
  | "(" ")"              { }
  | "(" arglist ")"      { $$ = std::move($2); }
  ;

decorated:
    decorators funcdef          { $$ = ctx.decorate($2, std::move($1)); }
  | decorators "async" funcdef  { $$ = ctx.decorate(ctx.make_async($3, @2), std::move($1)); }
  | decorators classdef         { $$ = ctx.decorate($2, std::move($1)); }
  ;

decorators:
    decorator              { $$ = {$1}; }
  | decorators decorator   { $$ = std::move($1); $$.push_back($2); }
  ;

decorator: "@" namedexpr_test NEWLINE { $$ = $2; } ;

/* Parameter lists: the pieces are collected in order and checked by
   ParseContext::arguments, shared by `def` and `lambda`. */
typedargslist:
    %empty             { }
  | tparams            { $$ = std::move($1); }
  | tparams ","        { $$ = std::move($1); }
  ;

tparams:
    tparam             { $$ = {$1}; }
  | tparams "," tparam { $$ = std::move($1); $$.push_back($3); }
  ;

tparam:
    tfpdef             { $$ = ParamPart{ParamPart::Plain, $1, nullptr, @$}; }
  | tfpdef "=" test    { $$ = ParamPart{ParamPart::Plain, $1, $3, @$}; }
  | "/"                { $$ = ParamPart{ParamPart::Slash, nullptr, nullptr, @$}; }
  | "*"                { $$ = ParamPart{ParamPart::Star, nullptr, nullptr, @$}; }
  | "*" tfpdef         { $$ = ParamPart{ParamPart::Star, $2, nullptr, @1}; }
  | "**" tfpdef        { $$ = ParamPart{ParamPart::DoubleStar, $2, nullptr, @1}; }
  ;

tfpdef:
    NAME               { $$ = ctx.make<ast::Arg>(@$); $$->arg = std::move($1); }
  | NAME ":" test      { $$ = ctx.make<ast::Arg>(@$); $$->arg = std::move($1); $$->annotation = $3; }
  ;

varargslist:
    vparams            { $$ = std::move($1); }
  | vparams ","        { $$ = std::move($1); }
  ;

vparams:
    vparam             { $$ = {$1}; }
  | vparams "," vparam { $$ = std::move($1); $$.push_back($3); }
  ;

vparam:
    NAME               { $$ = ParamPart{ParamPart::Plain, ctx.arg($1, @1), nullptr, @$}; }
  | NAME "=" test      { $$ = ParamPart{ParamPart::Plain, ctx.arg($1, @1), $3, @$}; }
  | "/"                { $$ = ParamPart{ParamPart::Slash, nullptr, nullptr, @$}; }
  | "*"                { $$ = ParamPart{ParamPart::Star, nullptr, nullptr, @$}; }
  | "*" NAME           { $$ = ParamPart{ParamPart::Star, ctx.arg($2, @2), nullptr, @1}; }
  | "**" NAME          { $$ = ParamPart{ParamPart::DoubleStar, ctx.arg($2, @2), nullptr, @1}; }
  ;

/* ---- expression lists ----
   Each list comes as `x`, `x,`, `x, y`, `x, y,`: a head of comma-terminated
   items plus an optional last item. A single item without comma is the item
   itself, anything else a Tuple. */

testlist_star:                 /* star_expressions: statement level */
    ts_elem            { $$ = $1; }
  | ts_head            { $$ = ctx.tuple(std::move($1), @$); }
  | ts_head ts_elem    { $1.push_back($2); $$ = ctx.tuple(std::move($1), @$); }
  ;
ts_head:
    ts_elem ","            { $$ = {$1}; }
  | ts_head ts_elem ","    { $$ = std::move($1); $$.push_back($2); }
  ;
ts_elem: test { $$ = $1; } | star_expr { $$ = $1; } ;

testlist:                      /* eval input */
    test               { $$ = $1; }
  | tl_head            { $$ = ctx.tuple(std::move($1), @$); }
  | tl_head test       { $1.push_back($2); $$ = ctx.tuple(std::move($1), @$); }
  ;
tl_head:
    test ","           { $$ = {$1}; }
  | tl_head test ","   { $$ = std::move($1); $$.push_back($2); }
  ;

exprlist:                      /* for-targets, del-targets */
    el_elem            { $$ = $1; }
  | el_head            { $$ = ctx.tuple(std::move($1), @$); }
  | el_head el_elem    { $1.push_back($2); $$ = ctx.tuple(std::move($1), @$); }
  ;
el_head:
    el_elem ","            { $$ = {$1}; }
  | el_head el_elem ","    { $$ = std::move($1); $$.push_back($2); }
  ;
el_elem: expr { $$ = $1; } | star_expr { $$ = $1; } ;

nl_head:                       /* inside (), [] and {} */
    nelem ","          { $$ = {$1}; }
  | nl_head nelem ","  { $$ = std::move($1); $$.push_back($2); }
  ;
nelem: namedexpr_test { $$ = $1; } | star_expr { $$ = $1; } ;

star_expr: "*" expr   { auto* e = ctx.make<ast::Starred>(@$); e->value = $2; $$ = e; } ;

yield_expr:
    "yield"                  { $$ = ctx.make<ast::Yield>(@$); }
  | "yield" testlist_star    { auto* e = ctx.make<ast::Yield>(@$); e->value = $2; $$ = e; }
  | "yield" "from" test      { auto* e = ctx.make<ast::YieldFrom>(@$); e->value = $3; $$ = e; }
  ;

/* ---- expressions, loosest binding first ---- */

namedexpr_test:
    test                 { $$ = $1; }
  | test ":=" test       { CHECK($$ = ctx.named($1, $3, @$)); }
  ;

test:
    or_test                            { $$ = $1; }
  | or_test "if" or_test "else" test   {
      auto* e = ctx.make<ast::IfExp>(@$); e->body = $1; e->test = $3; e->orelse = $5; $$ = e;
    }
  | lambdef                            { $$ = $1; }
  ;

lambdef:
    "lambda" ":" test {
      auto* e = ctx.make<ast::Lambda>(@$); e->body = $3;
      std::vector<ParamPart> none;
      e->args = ctx.arguments(none, @1);
      $$ = e;
    }
  | "lambda" varargslist ":" test {
      auto* e = ctx.make<ast::Lambda>(@$); e->body = $4;
      CHECK(e->args = ctx.arguments($2, @2));
      $$ = e;
    }
  ;

or_test: and_test { $$ = $1; } | or_chain { $$ = ctx.boolop(ast::BoolOpKind::Or, std::move($1), @$); } ;
or_chain:
    and_test "or" and_test   { $$ = {$1, $3}; }
  | or_chain "or" and_test   { $$ = std::move($1); $$.push_back($3); }
  ;

and_test: not_test { $$ = $1; } | and_chain { $$ = ctx.boolop(ast::BoolOpKind::And, std::move($1), @$); } ;
and_chain:
    not_test "and" not_test  { $$ = {$1, $3}; }
  | and_chain "and" not_test { $$ = std::move($1); $$.push_back($3); }
  ;

not_test:
    "not" not_test   { $$ = ctx.unary(UnaryOpKind::Not, $2, @$); }
  | comparison       { $$ = $1; }
  ;

comparison:
    expr             { $$ = $1; }
  | expr comp_chain  {
      auto* e = ctx.make<ast::Compare>(@$); e->left = $1;
      for (auto& p : $2) { e->ops.push_back(p.op); e->comparators.push_back(p.value); }
      $$ = e;
    }
  ;

comp_chain:
    comp_op expr             { $$ = {CmpPart{$1, $2}}; }
  | comp_chain comp_op expr  { $$ = std::move($1); $$.push_back(CmpPart{$2, $3}); }
  ;

comp_op:
    "<"  { $$ = CmpOpKind::Lt; }    | ">"  { $$ = CmpOpKind::Gt; }
  | "==" { $$ = CmpOpKind::Eq; }    | ">=" { $$ = CmpOpKind::GtE; }
  | "<=" { $$ = CmpOpKind::LtE; }   | "!=" { $$ = CmpOpKind::NotEq; }
  | "in" { $$ = CmpOpKind::In; }    | "not" "in" { $$ = CmpOpKind::NotIn; }
  | "is" { $$ = CmpOpKind::Is; }    | "is" "not" { $$ = CmpOpKind::IsNot; }
  ;

expr:
    xor_expr                 { $$ = $1; }
  | expr "|" xor_expr        { $$ = ctx.binop($1, OperatorKind::BitOr, $3, @$); }
  ;
xor_expr:
    and_expr                 { $$ = $1; }
  | xor_expr "^" and_expr    { $$ = ctx.binop($1, OperatorKind::BitXor, $3, @$); }
  ;
and_expr:
    shift_expr               { $$ = $1; }
  | and_expr "&" shift_expr  { $$ = ctx.binop($1, OperatorKind::BitAnd, $3, @$); }
  ;
shift_expr:
    arith_expr                   { $$ = $1; }
  | shift_expr "<<" arith_expr   { $$ = ctx.binop($1, OperatorKind::LShift, $3, @$); }
  | shift_expr ">>" arith_expr   { $$ = ctx.binop($1, OperatorKind::RShift, $3, @$); }
  ;
arith_expr:
    term                     { $$ = $1; }
  | arith_expr "+" term      { $$ = ctx.binop($1, OperatorKind::Add, $3, @$); }
  | arith_expr "-" term      { $$ = ctx.binop($1, OperatorKind::Sub, $3, @$); }
  ;
term:
    factor                   { $$ = $1; }
  | term "*" factor          { $$ = ctx.binop($1, OperatorKind::Mult, $3, @$); }
  | term "/" factor          { $$ = ctx.binop($1, OperatorKind::Div, $3, @$); }
  | term "//" factor         { $$ = ctx.binop($1, OperatorKind::FloorDiv, $3, @$); }
  | term "%" factor          { $$ = ctx.binop($1, OperatorKind::Mod, $3, @$); }
  | term "@" factor          { $$ = ctx.binop($1, OperatorKind::MatMult, $3, @$); }
  ;
factor:
    "+" factor               { $$ = ctx.unary(UnaryOpKind::UAdd, $2, @$); }
  | "-" factor               { $$ = ctx.unary(UnaryOpKind::USub, $2, @$); }
  | "~" factor               { $$ = ctx.unary(UnaryOpKind::Invert, $2, @$); }
  | power                    { $$ = $1; }
  ;
power:
    await_primary            { $$ = $1; }
  | await_primary "**" factor { $$ = ctx.binop($1, OperatorKind::Pow, $3, @$); }
  ;
await_primary:
    "await" primary          { auto* e = ctx.make<ast::Await>(@$); e->value = $2; $$ = e; }
  | primary                  { $$ = $1; }
  ;

primary:
    atom                     { $$ = $1; }
  | primary "." NAME {
      auto* e = ctx.make<ast::Attribute>(@$); e->value = $1; e->attr = std::move($3); $$ = e;
    }
  | primary "[" subscripts "]" {
      auto* e = ctx.make<ast::Subscript>(@$); e->value = $1; e->slice = $3; $$ = e;
    }
  | primary "(" ")"          { std::vector<CallArg> none; CHECK($$ = ctx.call($1, none, @$, @2)); }
  | primary "(" arglist ")"  { CHECK($$ = ctx.call($1, $3, @$, @2)); }
  ;

atom:
    NAME       { auto* e = ctx.make<ast::Name>(@$); e->id = std::move($1); $$ = e; }
  | NUMBER     { CHECK($$ = ctx.number($1, @$)); }
  | strings    { CHECK($$ = ctx.strings($1, @$)); }
  | "..."      { $$ = ctx.constant(ast::ConstKind::Ellipsis, @$); }
  | "None"     { $$ = ctx.constant(ast::ConstKind::None, @$); }
  | "True"     { $$ = ctx.constant(ast::ConstKind::True, @$); }
  | "False"    { $$ = ctx.constant(ast::ConstKind::False, @$); }
  | "(" ")"                       { $$ = ctx.paren(ctx.tuple({}, @$)); }
  | "(" yield_expr ")"            { $$ = ctx.paren($2); }
  | "(" nelem ")"                 { CHECK($$ = ctx.paren($2)); }
  | "(" nl_head ")"               { $$ = ctx.paren(ctx.tuple(std::move($2), @$)); }
  | "(" nl_head nelem ")"         { $2.push_back($3); $$ = ctx.paren(ctx.tuple(std::move($2), @$)); }
  | "(" namedexpr_test comp_for ")" { $$ = ctx.comprehension<ast::GeneratorExp>($2, std::move($3), @$); }
  | "[" "]"                       { $$ = ctx.make<ast::List>(@$); }
  | "[" nelem "]"                 { $$ = ctx.list({$2}, @$); }
  | "[" nl_head "]"               { $$ = ctx.list(std::move($2), @$); }
  | "[" nl_head nelem "]"         { $2.push_back($3); $$ = ctx.list(std::move($2), @$); }
  | "[" namedexpr_test comp_for "]" { $$ = ctx.comprehension<ast::ListComp>($2, std::move($3), @$); }
  | "{" "}"                       { $$ = ctx.make<ast::Dict>(@$); }
  | "{" nelem "}"                 { $$ = ctx.set({$2}, @$); }
  | "{" nl_head "}"               { $$ = ctx.set(std::move($2), @$); }
  | "{" nl_head nelem "}"         { $2.push_back($3); $$ = ctx.set(std::move($2), @$); }
  | "{" namedexpr_test comp_for "}" { $$ = ctx.comprehension<ast::SetComp>($2, std::move($3), @$); }
  | "{" dict_items "}"            { $$ = ctx.dict($2, @$); }
  | "{" test ":" test comp_for "}" {
      auto* e = ctx.make<ast::DictComp>(@$); e->key = $2; e->value = $4; e->generators = std::move($5); $$ = e;
    }
  ;

strings:
    STRING           { $$ = {StrTok{std::move($1), @1}}; }
  | strings STRING   { $$ = std::move($1); $$.push_back(StrTok{std::move($2), @2}); }
  ;

dict_items:
    dict_item             { $$ = {$1}; }
  | dict_head             { $$ = std::move($1); }
  | dict_head dict_item   { $$ = std::move($1); $$.push_back($2); }
  ;
dict_head:
    dict_item ","             { $$ = {$1}; }
  | dict_head dict_item ","   { $$ = std::move($1); $$.push_back($2); }
  ;
dict_item:
    test ":" test    { $$ = DictItem{$1, $3}; }
  | "**" expr        { $$ = DictItem{nullptr, $2}; }
  ;

comp_for:
    comp_for_clause              { $$ = {$1}; }
  | comp_for comp_for_clause     { $$ = std::move($1); $$.push_back($2); }
  | comp_for "if" or_test        { $$ = std::move($1); $$.back().ifs.push_back($3); }
  ;

comp_for_clause:
    "for" exprlist "in" or_test {
      CHECK(ctx.store($2, ExprContext::Store)); $$ = ast::Comprehension{$2, $4, {}, false};
    }
  | "async" "for" exprlist "in" or_test {
      CHECK(ctx.store($3, ExprContext::Store)); $$ = ast::Comprehension{$3, $5, {}, true};
    }
  ;

subscripts:
    sub_elem             { $$ = ctx.subscript_single($1); }
  | sub_head             { $$ = ctx.tuple(std::move($1), @$); }
  | sub_head sub_elem    { $1.push_back($2); $$ = ctx.tuple(std::move($1), @$); }
  ;
sub_head:
    sub_elem ","             { $$ = {$1}; }
  | sub_head sub_elem ","    { $$ = std::move($1); $$.push_back($2); }
  ;
sub_elem: namedexpr_test { $$ = $1; } | star_expr { $$ = $1; } | slice { $$ = $1; } ;

slice:
    opt_test ":" opt_test              { $$ = ctx.slice($1, $3, nullptr, @$); }
  | opt_test ":" opt_test ":" opt_test { $$ = ctx.slice($1, $3, $5, @$); }
  ;
opt_test: %empty { $$ = nullptr; } | test { $$ = $1; } ;

arglist:
    args_list        { $$ = std::move($1); }
  | args_list ","    { $$ = std::move($1); }
  ;
args_list:
    argument                 { $$ = {$1}; }
  | args_list "," argument   { $$ = std::move($1); $$.push_back($3); }
  ;
argument:
    namedexpr_test           { $$ = CallArg{$1, nullptr, false}; }
  | namedexpr_test comp_for  {
      $$ = CallArg{ctx.comprehension<ast::GeneratorExp>($1, std::move($2), @$), nullptr, true};
    }
  | test "=" test            { CHECK($$.keyword = ctx.keyword($1, $3, @$)); }
  | "*" test                 {
      auto* e = ctx.make<ast::Starred>(@$); e->value = $2; $$ = CallArg{e, nullptr, false};
    }
  | "**" test                { $$.keyword = ctx.make<ast::Keyword>(@$); $$.keyword->value = $2; }
  ;

%%

namespace gp::grammar::yy {

void Parser::error(const location_type& loc, const std::string& msg) {
  ctx.fail(msg, loc);
}

void Parser::report_syntax_error(const context& yyctx) const {
  symbol_kind_type expected[YYNTOKENS];
  int n = yyctx.expected_tokens(expected, YYNTOKENS);
  ctx.syntax_error(yyctx.token() == symbol_kind::S_YYEOF, std::vector<int>(expected, expected + n));
}

}  // namespace gp::grammar::yy
