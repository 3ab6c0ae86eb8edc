// The disassembler (see dis.h).
#include "interp/dis.h"

#include <cstdio>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

bool uses_name(Opcode op) {
  switch (op) {
    case Opcode::LOAD_NAME:
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
    case Opcode::LOAD_GLOBAL:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR:
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_FROM:
      return true;
    default:
      return false;
  }
}

bool uses_local(Opcode op) {
  switch (op) {
    case Opcode::LOAD_FAST:
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
    case Opcode::LOAD_CLASSDEREF:
      return true;
    default:
      return false;
  }
}

bool is_jump(Opcode op) {
  switch (op) {
    case Opcode::JUMP_FORWARD:
    case Opcode::JUMP_BACKWARD:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
    case Opcode::FOR_ITER:
    case Opcode::SEND:
      return true;
    default:
      return false;
  }
}

std::string tuple_item_text(Value tuple, uint32_t i) {
  Tuple* t = tuple.as<Tuple>();
  if (i >= t->size) return "<out of range>";
  return std::string(t->items[i].as<Str>()->view());
}

std::string repr_text(Value v) {
  Ref r = repr(v);
  if (!r) {
    err_clear();
    return "<repr failed>";
  }
  return std::string(r.as<Str>()->view());
}

std::string hint(Code* co, Opcode op, uint32_t arg) {
  static const char* const kBinOps[] = {"+",  "-",  "*", "@", "/", "%", "**",
                                        "<<", ">>", "|", "^", "&", "//"};
  static const char* const kCmpOps[] = {"<", "<=", "==", "!=", ">", ">="};
  if (op == Opcode::LOAD_CONST) {
    Tuple* consts = co->consts.as<Tuple>();
    return arg < consts->size ? repr_text(consts->items[arg]) : "<out of range>";
  }
  if (uses_name(op)) return tuple_item_text(co->names, arg);
  if (uses_local(op)) return tuple_item_text(co->localsplus_names, arg);
  if (is_jump(op)) return "to " + std::to_string(arg);
  if (op == Opcode::BINARY_OP) {
    bool inplace = arg >= uint32_t(kInplace);
    uint32_t base = inplace ? arg - kInplace : arg;
    if (base >= uint32_t(BinOp::Count)) return {};
    return std::string(kBinOps[base]) + (inplace ? "=" : "");
  }
  if (op == Opcode::COMPARE_OP) return arg < 6 ? kCmpOps[arg] : "";
  return {};
}

bool has_arg(Opcode op) {
  switch (op) {
    case Opcode::NOP:
    case Opcode::POP_TOP:
    case Opcode::PUSH_NULL:
    case Opcode::BINARY_SUBSCR:
    case Opcode::STORE_SUBSCR:
    case Opcode::DELETE_SUBSCR:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::GET_ITER:
    case Opcode::RETURN_VALUE:
    case Opcode::LOAD_BUILD_CLASS:
    case Opcode::RETURN_GENERATOR:
    case Opcode::YIELD_VALUE:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::GET_AITER:
    case Opcode::GET_ANEXT:
    case Opcode::END_ASYNC_FOR:
    case Opcode::BEFORE_ASYNC_WITH:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::POP_EXCEPT:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::LOAD_ASSERTION_ERROR:
    case Opcode::BEFORE_WITH:
    case Opcode::WITH_EXCEPT_START:
    case Opcode::IMPORT_STAR:
    case Opcode::SETUP_ANNOTATIONS:
    case Opcode::PRINT_EXPR:
      return false;
    default:
      return true;
  }
}

void disassemble_one(Code* co, std::string& out) {
  std::vector<bool> target(co->code.size() + 1, false);
  uint32_t ext = 0;
  for (Instr in : co->code) {
    Opcode op = instr_op(in);
    uint32_t arg = ext | instr_arg(in);
    ext = op == Opcode::EXTENDED_ARG ? arg << 24 : 0;
    if (is_jump(op) && arg < target.size()) target[arg] = true;
  }
  for (const auto& e : co->exception_table)
    if (e.target < target.size()) target[e.target] = true;

  int last_line = -1;
  char buf[160];
  ext = 0;
  for (size_t i = 0; i < co->code.size(); ++i) {
    Opcode op = instr_op(co->code[i]);
    uint32_t arg = ext | instr_arg(co->code[i]);
    ext = op == Opcode::EXTENDED_ARG ? arg << 24 : 0;
    int line = i < co->positions.size() ? co->positions[i].line : 0;
    std::string lineno;
    if (line != last_line) {
      if (i > 0) out += '\n';
      lineno = line > 0 ? std::to_string(line) : "None";
      last_line = line;
    }
    std::snprintf(buf, sizeof buf, "%4s %s %4zu %-24s", lineno.c_str(), target[i] ? ">>" : "  ", i,
                  uint8_t(op) < uint8_t(Opcode::Count) ? kOpcodeNames[uint8_t(op)] : "<invalid>");
    std::string text = buf;
    if (has_arg(op)) {
      text += std::to_string(arg);
      std::string h = hint(co, op, arg);
      if (!h.empty()) text += " (" + h + ")";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  if (!co->exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const auto& e : co->exception_table) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end - 1, e.target,
                    e.depth, e.lasti ? " lasti" : "");
      out += buf;
    }
  }
}

}  // namespace

std::string disassemble(Code* code) {
  std::string out;
  std::vector<Code*> todo{code};
  for (size_t k = 0; k < todo.size(); ++k) {
    Code* co = todo[k];
    if (k > 0) out += "\nDisassembly of " + repr_text(Value(co)) + ":\n";
    disassemble_one(co, out);
    for (Value c : *co->consts.as<Tuple>())
      if (c.is_obj() && c.obj()->type == &CodeType) todo.push_back(c.as<Code>());
  }
  return out;
}

}  // namespace gp
