// Entry point of the grammar layer: source text in, AST or SyntaxError out.
//
// parse() runs the re2c lexer and the Bison LALR parser over one source
// buffer. Errors come back as data (kind, message, position, source line) so
// the front end can raise the matching Python exception and print CPython's
// caret layout; the grammar layer itself knows nothing of Python objects.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.h"

namespace gp::grammar {

enum class Mode { Exec, Eval, Single };

struct SyntaxErrorInfo {
  std::string kind = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // e.g. "invalid syntax"
  int line = 0;                      // 1-based
  int offset = 0;                    // 1-based column of the caret, as CPython's .offset
  int end_line = 0;
  int end_offset = 0;  // 1-based, exclusive; 0 when unknown
  std::string text;    // the offending source line, with its newline
};

struct ParseResult {
  std::optional<ast::Module> module;
  std::optional<SyntaxErrorInfo> error;
};

ParseResult parse(std::string_view source, Mode mode);

}  // namespace gp::grammar
