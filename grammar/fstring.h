// Splitting an f-string literal into the parts of a JoinedStr.
//
// The lexer hands over an f-string as one token; its body is scanned here for
// literal text (with `{{`/`}}` and backslash escapes) and replacement fields
// `{expr=!conv:spec}`. Each field's expression is parsed by running the
// parser again in eval mode on that substring (ParseContext::subexpression),
// with positions shifted to where the text sits in the source, so f-string
// expressions get the full grammar and real locations for free.
#pragma once

#include <string_view>
#include <vector>

#include "grammar/ast.h"

namespace gp::grammar {

class ParseContext;

// Appends the parts of one f-string body (`body_start` is the position of
// its first character) to `out`: str Constants and FormattedValues.
// Returns false after recording an error in ctx; errors in the f-string's
// own syntax are reported at `token_end`, just past the literal, as CPython
// 3.11 does, and errors inside an expression where they occur.
bool parse_fstring(ParseContext& ctx, std::string_view body, bool raw, Loc body_start,
                   Loc token_end, std::vector<ast::Expr*>& out);

// Appends decoded literal text to a JoinedStr's parts, merging it into a
// preceding str Constant as CPython does; empty text adds nothing.
void append_text(ParseContext& ctx, std::vector<ast::Expr*>& out, std::string_view text,
                 const Loc& loc);

}  // namespace gp::grammar
