// From AST to code objects.
//
// compile() runs the symbol-table pass (symtable.cpp) to classify every name
// of every scope as local, global, free or cell, then generates bytecode for
// each scope into a Code object, computing stack depth and the exception
// table. Errors the parser cannot see ('return' outside function, nonlocal
// at module level, ...) are raised as SyntaxError here.
#pragma once

#include <string_view>

#include "grammar/parser.h"
#include "interp/code.h"

namespace gp {

// Returns a Code for the whole module, or null with SyntaxError set.
Ref compile_ast(const ast::Module& mod, std::string_view filename, grammar::Mode mode);
// Parses then compiles; parse errors become SyntaxError/IndentationError.
Ref compile_source(std::string_view source, std::string_view filename, grammar::Mode mode);

}  // namespace gp
