// Code objects: the compiled form of a module, class body or function.
//
// The compiler (compiler.cpp) produces one Code per scope; the eval loop runs
// them. Variables of a function are "fast locals": an array of slots in the
// frame, laid out as [plain locals (params first)] [cells] [free vars] —
// "localsplus". Names of globals/attributes live in `names`, constants in
// `consts`. Per-instruction source positions drive tracebacks (and CPython
// 3.11's ^^^^ markers); the exception table drives try/except/finally/with.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/type.h"

namespace gp {

enum class Opcode : uint8_t {
#define OPCODE(name, effect, sw) name,
#include "interp/opcodes.def"
#undef OPCODE
  Count
};

constexpr int kVarStackEffect = 0x7f;  // "VAR" in opcodes.def
extern const char* const kOpcodeNames[];
extern const int8_t kOpcodeStackEffect[];  // kVarStackEffect when arg-dependent
extern const bool kOpcodeSwitchPoint[];

using Instr = uint32_t;
constexpr Instr make_instr(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
constexpr Opcode instr_op(Instr i) { return Opcode(i & 0xff); }
constexpr uint32_t instr_arg(Instr i) { return i >> 8; }
constexpr uint32_t kMaxInlineArg = (1u << 24) - 1;

enum CodeFlags : uint32_t {
  kCoOptimized = 1,  // function scope: uses fast locals
  kCoNewLocals = 2,
  kCoVarargs = 4,
  kCoVarkeywords = 8,
  kCoNested = 16,
  kCoGenerator = 32,
  kCoCoroutine = 128,
  kCoAsyncGenerator = 512,
};

// Source span of one instruction: 1-based lines, 0-based byte columns
// (end exclusive); line 0 when the instruction has no position.
struct SourcePos {
  int32_t line = 0;
  int32_t end_line = 0;
  int32_t col = 0;
  int32_t end_col = 0;
};

struct ExceptionTableEntry {
  uint32_t start;   // first covered instruction
  uint32_t end;     // one past the last covered instruction
  uint32_t target;  // handler instruction
  uint32_t depth;   // value-stack depth to unwind to (not counting locals)
  bool lasti;       // push the faulting instruction index before the exception
};

extern Type CodeType;

struct Code : Object {
  std::vector<Instr> code;
  std::vector<SourcePos> positions;  // parallel to code
  // Entries may nest: the handler is the FIRST entry in table order whose
  // [start, end) contains the faulting instruction (so inner blocks are
  // listed before the blocks that enclose them).
  std::vector<ExceptionTableEntry> exception_table;
  Ref consts;            // tuple
  Ref names;             // tuple of str: globals, attributes, imports
  Ref localsplus_names;  // tuple of str: locals, then cells, then frees
  uint32_t nlocals = 0;  // plain locals including parameters
  uint32_t ncells = 0;
  uint32_t nfrees = 0;
  uint32_t argcount = 0;  // positional parameters, including positional-only
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  uint32_t flags = 0;
  uint32_t stacksize = 0;
  int32_t firstlineno = 0;
  Ref name;      // str
  Ref qualname;  // str
  Ref filename;  // str

  uint32_t nlocalsplus() const { return nlocals + ncells + nfrees; }
};

Ref new_code();  // an empty Code for the compiler to fill

}  // namespace gp
