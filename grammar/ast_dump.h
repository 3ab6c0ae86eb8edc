// ast.dump() for our AST, character for character as CPython 3.11 prints
// `ast.dump(ast.parse(src, mode=...))`, so tests can compare parser output
// with strings produced by the real CPython.
#pragma once

#include <string>

#include "grammar/ast.h"
#include "grammar/parser.h"

namespace gp::ast {

// Exec mode prints Module(...), Single prints Interactive(...), Eval prints
// Expression(body=<the expression>).
std::string dump(const Module& module, grammar::Mode mode = grammar::Mode::Exec);

}  // namespace gp::ast
