// A disassembler for code objects (`gilpy -X dis file.py`).
//
// Prints one line per instruction in the layout of CPython's `dis`: source
// line (when it changes), a ">>" mark on jump targets, the instruction index,
// the opcode name, its argument and what the argument means (the constant's
// repr, the name, the jump target, the operator), then the exception table.
// Code objects found among the constants are disassembled after their
// parent, each under a "Disassembly of <code object ...>:" header.
#pragma once

#include <string>

#include "interp/code.h"

namespace gp {

std::string disassemble(Code* code);

}  // namespace gp
