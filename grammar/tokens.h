// Token kinds shared by the re2c lexer and the Bison parser.
//
// The lexer (lexer.re) turns source text into a flat stream of Token values,
// already carrying the layout tokens Python needs (NEWLINE, INDENT, DEDENT),
// so the LALR grammar never sees whitespace. The parser's yylex adapter maps
// each TokKind to Bison's own token number; keeping our own enum means the
// lexer can be unit-tested without the generated parser.
#pragma once

#include <cstdint>
#include <string>

namespace gp::grammar {

enum class TokKind : uint8_t {
  EndOfFile,
  Newline,
  Indent,
  Dedent,
  Name,
  Number,  // int or float literal; text holds the source spelling
  String,  // one string literal (prefix and quotes kept in text)
  // keywords
  KwFalse,
  KwNone,
  KwTrue,
  KwAnd,
  KwAs,
  KwAssert,
  KwAsync,
  KwAwait,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield,
  // operators and delimiters
  LPar,
  RPar,
  LSqb,
  RSqb,
  LBrace,
  RBrace,
  Colon,
  Comma,
  Semi,
  Plus,
  Minus,
  Star,
  Slash,
  VBar,
  Amper,
  Less,
  Greater,
  Equal,
  Dot,
  Percent,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Tilde,
  CircumFlex,
  LeftShift,
  RightShift,
  DoubleStar,
  PlusEqual,
  MinEqual,
  StarEqual,
  SlashEqual,
  PercentEqual,
  AmperEqual,
  VBarEqual,
  CircumFlexEqual,
  LeftShiftEqual,
  RightShiftEqual,
  DoubleStarEqual,
  DoubleSlash,
  DoubleSlashEqual,
  At,
  AtEqual,
  RArrow,
  Ellipsis,
  ColonEqual,
  Error,  // lexical error; text holds the message, loc the offending spot
};

// Positions follow CPython: line is 1-based, col is a 0-based byte offset
// into the line (CPython's caret column is derived from it).
struct Loc {
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
};

struct Token {
  TokKind kind = TokKind::EndOfFile;
  Loc loc;
  std::string text;  // spelling for Name/Number/String; message for Error
};

const char* tok_kind_name(TokKind k);

}  // namespace gp::grammar
