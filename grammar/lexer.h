// The Python tokenizer: source text in, a stream of Tokens out.
//
// next() is pull-based, one token per call, in a single pass over a private
// NUL-terminated copy of the source (the NUL is re2c's sentinel, so the inner
// loops need no bounds checks). Layout is resolved here, as CPython's
// tokenizer does: NEWLINE ends each logical line, INDENT/DEDENT come from an
// indentation stack, and blank lines, comments and line breaks inside
// brackets never reach the parser.
//
// Errors arrive as a TokKind::Error token whose text is the message, prefixed
// by "IndentationError: " or "TabError: " when the exception is not a plain
// SyntaxError. Its loc mirrors CPython's SyntaxError fields: (line, col) is
// the caret (CPython's offset == col + 1, counted in characters once the
// caller converts bytes), and (end_line, end_col) the end in the same
// convention, equal to the start when CPython reports a single point. After
// an Error (or EndOfFile) every further next() returns that same token.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "grammar/tokens.h"

namespace gp::grammar {

class Lexer {
 public:
  explicit Lexer(std::string_view source);

  Token next();

  // The text of a 1-based source line with its newline (if any); empty when
  // the line does not exist. For error messages only: it rescans the source.
  std::string_view line_text(int line) const;

 private:
  struct Indent {
    int col;  // tabs advance to the next multiple of 8
    int alt;  // tabs count as one column; a mismatch means TabError
  };
  struct Bracket {
    char ch;
    int line;
    int col;
  };
  // CPython's limits (MAXINDENT, MAXLEVEL); fixed arrays keep next() free of
  // allocation beyond the token text.
  static constexpr int kMaxIndent = 100;
  static constexpr int kMaxDepth = 200;

  bool indentation(Token& out);
  Token eof();
  Token scan_number();
  Token scan_string(const char* quote);
  Token scan_unicode_name(const char* end);
  Token open_bracket(TokKind kind, const char* end);
  Token close_bracket(TokKind kind, const char* end);
  Token make(TokKind kind, const char* end);
  Token error(std::string msg, int line, int col, int end_line, int end_col);
  Token error_at(std::string msg, const char* at);
  void new_line(const char* start);
  int col_of(const char* p) const { return static_cast<int>(p - line_start_); }

  std::string buf_;  // the source; buf_.c_str() supplies the sentinel NUL
  const char* begin_;
  const char* lim_;  // points at the sentinel
  const char* cur_;
  const char* tok_;  // start of the token being scanned
  const char* line_start_;
  int line_ = 1;
  std::array<Indent, kMaxIndent> indents_{};
  int n_indents_ = 1;  // indents_[0] is column 0
  std::array<Bracket, kMaxDepth> brackets_{};
  int depth_ = 0;
  int pending_dedents_ = 0;
  Loc dedent_loc_;
  bool at_bol_ = true;
  bool line_has_tokens_ = false;
  bool done_ = false;
  Token final_;  // the EndOfFile or Error token repeated after the end
};

}  // namespace gp::grammar
