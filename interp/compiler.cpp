// Code generation: AST to Code objects (see compiler.h).
//
// One Unit is open per scope being compiled (module, class body, function,
// lambda, comprehension); nested scopes push a new Unit, and finishing one
// turns it into a Code constant of its parent. Units emit a flat list of
// instructions whose jump arguments are label ids; assembly resolves labels
// to absolute instruction indices, picks JUMP_FORWARD or JUMP_BACKWARD, adds
// EXTENDED_ARG where an argument needs more than 24 bits, computes the stack
// size and builds the exception table.
//
// Exception handling is table-driven, as in CPython 3.11. While compiling,
// the Unit keeps a stack of active handlers; every emitted instruction is
// tagged with the innermost one. A SETUP pseudo-instruction marks where a
// handler's region starts so the stack-depth pass can record the depth the
// handler unwinds to (it never reaches the final code). Adjacent
// instructions with the same handler become one exception table entry.
//
// Structured exits (break, continue, return) leaving try/finally, with and
// except blocks run the cleanup inline on their own path: the "frame block"
// stack (FBlock) says what to undo, exactly as CPython's compiler_unwind_fblock.
#include "interp/compiler.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "interp/symtable.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

using symtable::BlockType;
using symtable::CompKind;
using symtable::NameScope;
using symtable::Scope;

// Pseudo-opcodes that exist only between emission and assembly.
constexpr uint8_t kOpJump = 250;   // unconditional; becomes JUMP_FORWARD or JUMP_BACKWARD
constexpr uint8_t kOpSetup = 251;  // arg = handler id: the handler's region starts here

struct Ins {
  uint8_t op;
  uint32_t arg;
  int target;   // label id for jumps, -1 otherwise
  int handler;  // innermost active handler id, -1 for none
  SourcePos pos;
};

struct Handler {
  int label;
  bool lasti;      // push the faulting instruction index before the exception
  int adjust;      // depth correction at SETUP (-1 for `with`: drop the __enter__ result)
  int depth = -1;  // value-stack depth to unwind to, found by the depth pass
};

enum class FBlock {
  WhileLoop,
  ForLoop,
  AsyncForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler
};

struct FBlockInfo {
  FBlockInfo() = default;
  explicit FBlockInfo(FBlock t, int s = -1, int e = -1) : type(t), start(s), exit(e) {}
  FBlock type = FBlock::WhileLoop;
  int start = -1;     // loops: continue target
  int exit = -1;      // loops: break target
  size_t hdepth = 0;  // handler stack size before this block's handler(s)
  const std::vector<ast::Stmt*>* finalbody = nullptr;  // FinallyTry
  const std::string* name = nullptr;                   // HandlerCleanup `as` name
  ast::Loc loc;
};

struct Unit {
  Scope* ste = nullptr;
  bool is_function = false;  // def or lambda (not a comprehension)
  std::string name, qualname;
  int firstlineno = 0;
  uint32_t argcount = 0, posonly = 0, kwonly = 0;
  std::vector<Ins> ins;
  std::vector<int> labels;
  std::vector<Handler> handlers;
  std::vector<int> hstack;
  std::vector<FBlockInfo> fblocks;
  std::vector<Ref> consts;
  std::unordered_map<std::string, uint32_t> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<std::string> localsplus;
  uint32_t nlocals = 0, ncells = 0, nfrees = 0;
  std::unordered_map<std::string, uint32_t> fast_index;
  std::unordered_map<std::string, uint32_t> deref_index;
  ast::Loc loc;
};

bool is_identifier_like(std::string_view s) {
  for (char ch : s)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) return false;
  return true;
}

Ref str_const(std::string_view s, bool intern_it) {
  if (intern_it) return Ref::dup(Value(intern(s)));
  return new_str(s);
}

bool is_const_expr(const ast::Expr* e) { return e->kind == ast::ExprKind::Constant; }

bool is_docstring(const std::vector<ast::Stmt*>& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::ExprStmt) return false;
  auto* v = static_cast<ast::ExprStmt*>(body[0])->value;
  return v->kind == ast::ExprKind::Constant &&
         static_cast<ast::Constant*>(v)->ckind == ast::ConstKind::Str;
}

// Whether a module or class body holds an annotated assignment (which needs
// SETUP_ANNOTATIONS), not looking into nested scopes.
bool has_annotations(const std::vector<ast::Stmt*>& body) {
  using K = ast::StmtKind;
  for (auto* s : body) {
    switch (s->kind) {
      case K::AnnAssign:
        return true;
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<ast::For*>(s);
        if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
        break;
      }
      case K::While: {
        auto* w = static_cast<ast::While*>(s);
        if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
        break;
      }
      case K::If: {
        auto* i = static_cast<ast::If*>(s);
        if (has_annotations(i->body) || has_annotations(i->orelse)) return true;
        break;
      }
      case K::With:
      case K::AsyncWith:
        if (has_annotations(static_cast<ast::With*>(s)->body)) return true;
        break;
      case K::Try: {
        auto* t = static_cast<ast::Try*>(s);
        if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody))
          return true;
        for (auto* h : t->handlers)
          if (has_annotations(h->body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

// Stack effect of one instruction: on the fall-through path, or when it
// jumps (for branching instructions).
int stack_effect(uint8_t op, uint32_t arg, bool jump) {
  if (op == kOpJump || op == kOpSetup) return 0;
  int n = int(arg);
  switch (Opcode(op)) {
    case Opcode::BUILD_SLICE:
      return 1 - n;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
      return 1 - n;
    case Opcode::BUILD_MAP:
      return 1 - 2 * n;
    case Opcode::BUILD_CONST_KEY_MAP:
      return -n;
    case Opcode::FORMAT_VALUE:
      return (n & 4) ? -1 : 0;
    case Opcode::UNPACK_SEQUENCE:
      return n - 1;
    case Opcode::UNPACK_EX:
      return (n & 0xff) + (n >> 8);
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Opcode::FOR_ITER:
      return jump ? -1 : 1;
    case Opcode::CALL:
      return -n - 1;
    case Opcode::CALL_KW:
      return -n - 2;
    case Opcode::CALL_FUNCTION_EX:
      return -2 - (n & 1);
    case Opcode::MAKE_FUNCTION:
      return -1 - __builtin_popcount(n & 0xf);
    case Opcode::SEND:
      return -1;
    case Opcode::RAISE_VARARGS:
      return -n;
    case Opcode::RERAISE:
      return -1 - (n ? 1 : 0);
    // The resumed generator pushes the value sent by the first next().
    case Opcode::RETURN_GENERATOR:
      return 1;
    default:
      return kOpcodeStackEffect[op];
  }
}

bool is_terminator(uint8_t op) {
  return op == kOpJump || op == uint8_t(Opcode::RETURN_VALUE) ||
         op == uint8_t(Opcode::RAISE_VARARGS) || op == uint8_t(Opcode::RERAISE);
}

class Compiler {
 public:
  Compiler(std::string_view filename, std::string_view source, bool have_source)
      : filename_(filename), source_(source), have_source_(have_source) {}

  Ref compile(const ast::Module& mod, grammar::Mode mode) {
    symtable::SymtableError serr;
    if (!symtable::build_symtable(mod, &table_, &serr)) {
      error(serr.loc, serr.msg);
      return finish_error();
    }
    filename_obj_ = new_str(filename_);
    if (!filename_obj_) return nullptr;
    mode_ = mode;
    enter_unit(table_.top.get(), "<module>", 1, nullptr, false);
    if (mode == grammar::Mode::Eval) {
      auto* e = static_cast<ast::ExprStmt*>(mod.body[0])->value;
      expr(e);
      emit(Opcode::RETURN_VALUE);
    } else {
      body_with_docstring(mod.body, mode == grammar::Mode::Exec);
      implicit_return(mod.body);
    }
    Ref code = finish_unit();
    if (failed_) return finish_error();
    return code;
  }

 private:
  std::string filename_;
  std::string_view source_;
  bool have_source_;
  symtable::SymbolTable table_;
  grammar::Mode mode_ = grammar::Mode::Exec;
  Ref filename_obj_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool failed_ = false;
  bool syntax_error_ = false;
  std::string err_msg_;
  ast::Loc err_loc_;

  // --- errors ---

  void error(const ast::Loc& loc, std::string msg) {
    if (failed_) return;
    failed_ = true;
    syntax_error_ = true;
    err_msg_ = std::move(msg);
    err_loc_ = loc;
  }
  void runtime_failed() { failed_ = true; }

  std::string source_line(int line) {
    if (line <= 0) return {};
    std::string_view src = source_;
    std::string file_text;
    if (!have_source_) {
      std::ifstream in(filename_, std::ios::binary);
      if (!in) return {};
      std::stringstream ss;
      ss << in.rdbuf();
      file_text = ss.str();
      src = file_text;
    }
    size_t pos = 0;
    for (int l = 1; l < line; ++l) {
      pos = src.find('\n', pos);
      if (pos == std::string_view::npos) return {};
      ++pos;
    }
    size_t end = src.find('\n', pos);
    return std::string(src.substr(pos, end == std::string_view::npos ? end : end - pos + 1));
  }

  Ref finish_error() {
    if (syntax_error_) {
      int end_line = err_loc_.end_line ? err_loc_.end_line : err_loc_.line;
      int end_col = err_loc_.end_line ? err_loc_.end_col + 1 : 0;
      raise_syntax_error("SyntaxError", err_msg_, filename_, err_loc_.line, err_loc_.col + 1,
                         end_line, end_col, source_line(err_loc_.line));
    }
    return nullptr;
  }

  // --- emission ---

  struct LocGuard {
    Compiler* c;
    ast::Loc saved;
    LocGuard(Compiler* comp, const ast::Loc& loc) : c(comp), saved(comp->u_->loc) {
      c->u_->loc = loc;
    }
    ~LocGuard() { c->u_->loc = saved; }
  };

  SourcePos cur_pos() const {
    const ast::Loc& l = u_->loc;
    return SourcePos{l.line, l.end_line, l.col, l.end_col};
  }

  void emit_raw(uint8_t op, uint32_t arg, int target) {
    int h = u_->hstack.empty() ? -1 : u_->hstack.back();
    u_->ins.push_back(Ins{op, arg, target, h, cur_pos()});
  }
  void emit(Opcode op, uint32_t arg = 0) { emit_raw(uint8_t(op), arg, -1); }
  void emit_jump(Opcode op, int label) { emit_raw(uint8_t(op), 0, label); }
  void jump(int label) { emit_raw(kOpJump, 0, label); }

  int new_label() {
    u_->labels.push_back(-1);
    return int(u_->labels.size()) - 1;
  }
  void bind(int label) { u_->labels[label] = int(u_->ins.size()); }

  // Opens a handler region: instructions emitted until the handler stack is
  // cut back below it jump to `label` on an exception. Returns the handler
  // stack as it was before, which is also the stack the handler code runs in.
  std::vector<int> push_handler(int label, bool lasti, int adjust = 0) {
    std::vector<int> before = u_->hstack;
    u_->handlers.push_back(Handler{label, lasti, adjust});
    int id = int(u_->handlers.size()) - 1;
    emit_raw(kOpSetup, uint32_t(id), -1);
    u_->hstack.push_back(id);
    return before;
  }

  void push_fblock(FBlockInfo info) {
    info.loc = u_->loc;
    u_->fblocks.push_back(info);
  }
  void pop_fblock() { u_->fblocks.pop_back(); }

  // --- constants and names ---

  uint32_t add_const(Ref v, const std::string& key) {
    auto it = u_->const_index.find(key);
    if (it != u_->const_index.end()) return it->second;
    uint32_t i = uint32_t(u_->consts.size());
    u_->consts.push_back(std::move(v));
    u_->const_index.emplace(key, i);
    return i;
  }
  void load_const_none() { emit(Opcode::LOAD_CONST, add_const(none_ref(), "N")); }
  uint32_t str_const_index(const std::string& s) {
    Ref v = str_const(s, is_identifier_like(s));
    if (!v) runtime_failed();
    return add_const(std::move(v), "s" + s);
  }
  void load_str(const std::string& s) { emit(Opcode::LOAD_CONST, str_const_index(s)); }

  uint32_t name_index(const std::string& raw) {
    std::string n = mangle(raw);
    auto it = u_->name_index.find(n);
    if (it != u_->name_index.end()) return it->second;
    uint32_t i = uint32_t(u_->names.size());
    u_->names.push_back(n);
    u_->name_index.emplace(n, i);
    return i;
  }
  std::string mangle(const std::string& name) const {
    return symtable::mangle(u_->ste->private_name, name);
  }

  // The value of a constant expression (literal, negated number literal or
  // tuple of those) and its dedup key; false if `e` is not constant.
  bool const_value(const ast::Expr* e, Ref* out, std::string* key) {
    using C = ast::ConstKind;
    if (e->kind == ast::ExprKind::Constant) {
      auto* c = static_cast<const ast::Constant*>(e);
      switch (c->ckind) {
        case C::None:
          *out = none_ref();
          *key = "N";
          return true;
        case C::True:
          *out = bool_ref(true);
          *key = "T";
          return true;
        case C::False:
          *out = bool_ref(false);
          *key = "F";
          return true;
        case C::Ellipsis:
          *out = Ref::dup(Value(&EllipsisObject));
          *key = "E";
          return true;
        case C::Int:
          *out = int_from_string(c->text, 10);
          *key = "i" + c->text;
          break;
        case C::Float:
          *out = new_float(c->fvalue);
          *key = float_key(c->fvalue);
          break;
        case C::Str:
          *out = str_const(c->text, is_identifier_like(c->text));
          *key = "s" + c->text;
          break;
        case C::Bytes:
          *out = new_bytes(c->text);
          *key = "b" + c->text;
          break;
        case C::Complex:
          error(c->loc, "complex literals are not supported");
          return false;
      }
      if (!*out) runtime_failed();
      return bool(*out);
    }
    if (e->kind == ast::ExprKind::UnaryOp) {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op != ast::UnaryOpKind::USub || u->operand->kind != ast::ExprKind::Constant)
        return false;
      auto* c = static_cast<const ast::Constant*>(u->operand);
      if (c->ckind == C::Int) {
        *out = int_from_string("-" + c->text, 10);
        *key = "i-" + c->text;
      } else if (c->ckind == C::Float) {
        *out = new_float(-c->fvalue);
        *key = float_key(-c->fvalue);
      } else {
        return false;
      }
      if (!*out) runtime_failed();
      return bool(*out);
    }
    if (e->kind == ast::ExprKind::Tuple) {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ast::ExprContext::Load) return false;
      std::vector<Ref> items;
      std::string k = "t(";
      for (auto* elt : t->elts) {
        Ref v;
        std::string ek;
        if (!is_foldable(elt) || !const_value(elt, &v, &ek)) return false;
        k += std::to_string(ek.size()) + ":" + ek;
        items.push_back(std::move(v));
      }
      Tuple* tup = tuple_alloc(items.size());
      if (!tup) {
        runtime_failed();
        return false;
      }
      for (size_t i = 0; i < items.size(); ++i) tuple_set(tup, i, std::move(items[i]));
      *out = Ref::steal(tup);
      *key = k + ")";
      return true;
    }
    return false;
  }

  static std::string float_key(double d) {
    char buf[sizeof(double)];
    std::memcpy(buf, &d, sizeof d);
    return "f" + std::string(buf, sizeof buf);
  }

  // Cheap structural test, so folding never evaluates half a tuple.
  static bool is_foldable(const ast::Expr* e) {
    switch (e->kind) {
      case ast::ExprKind::Constant:
        return static_cast<const ast::Constant*>(e)->ckind != ast::ConstKind::Complex;
      case ast::ExprKind::UnaryOp: {
        auto* u = static_cast<const ast::UnaryOp*>(e);
        if (u->op != ast::UnaryOpKind::USub || u->operand->kind != ast::ExprKind::Constant)
          return false;
        auto k = static_cast<const ast::Constant*>(u->operand)->ckind;
        return k == ast::ConstKind::Int || k == ast::ConstKind::Float;
      }
      case ast::ExprKind::Tuple: {
        auto* t = static_cast<const ast::Tuple*>(e);
        if (t->ctx != ast::ExprContext::Load) return false;
        for (auto* elt : t->elts)
          if (!is_foldable(elt)) return false;
        return true;
      }
      default:
        return false;
    }
  }

  bool try_load_folded(const ast::Expr* e) {
    if (!is_foldable(e)) return false;
    Ref v;
    std::string key;
    if (!const_value(e, &v, &key)) return true;  // error recorded
    emit(Opcode::LOAD_CONST, add_const(std::move(v), key));
    return true;
  }

  // A tuple of str constants (keyword names, from-import names).
  uint32_t names_tuple_const(const std::vector<std::string>& names) {
    Tuple* t = tuple_alloc(names.size());
    if (!t) {
      runtime_failed();
      return 0;
    }
    std::string key = "t(";
    for (size_t i = 0; i < names.size(); ++i) {
      tuple_set(t, i, str_const(names[i], true));
      key += std::to_string(names[i].size() + 1) + ":s" + names[i];
    }
    return add_const(Ref::steal(t), key + ")");
  }

  // --- units ---

  void enter_unit(Scope* ste, std::string name, int firstlineno, const ast::Arguments* args,
                  bool is_function) {
    auto unit = std::make_unique<Unit>();
    Unit* parent = u_;
    unit->ste = ste;
    unit->name = std::move(name);
    unit->is_function = is_function;
    unit->firstlineno = firstlineno;
    unit->loc.line = firstlineno;
    unit->loc.end_line = firstlineno;
    unit->qualname = qualname_for(parent, ste, unit->name);
    units_.push_back(std::move(unit));
    u_ = units_.back().get();
    if (args) {
      u_->posonly = uint32_t(args->posonlyargs.size());
      u_->argcount = u_->posonly + uint32_t(args->args.size());
      u_->kwonly = uint32_t(args->kwonlyargs.size());
    } else if (ste->comp != CompKind::None) {
      u_->argcount = 1;
    }
    layout_locals();
    emit_prefix();
  }

  std::string qualname_for(Unit* parent, Scope* ste, const std::string& name) {
    if (!parent || parent->ste->type == BlockType::Module) return name;
    if (ste->comp == CompKind::None && name != "<lambda>") {
      std::string mangled = symtable::mangle(parent->ste->private_name, name);
      if (parent->ste->scope_of(mangled) == NameScope::GlobalExplicit) return name;
    }
    if (parent->is_function) return parent->qualname + ".<locals>." + name;
    return parent->qualname + "." + name;
  }

  void layout_locals() {
    Scope* s = u_->ste;
    auto add = [&](const std::string& n) {
      u_->localsplus.push_back(n);
      return uint32_t(u_->localsplus.size() - 1);
    };
    if (s->type == BlockType::Function) {
      for (const auto& p : s->params) u_->fast_index[p] = add(p);
      for (const auto& n : s->order) {
        if (s->scope_of(n) == NameScope::Local && !u_->fast_index.count(n))
          u_->fast_index[n] = add(n);
      }
      for (const auto& p : s->params)
        if (s->scope_of(p) == NameScope::Cell) u_->deref_index[p] = u_->fast_index[p];
    }
    u_->nlocals = uint32_t(u_->localsplus.size());
    std::vector<std::string> cells = s->sorted_names(NameScope::Cell);
    if (s->needs_class_closure) cells.push_back("__class__");
    for (const auto& c : cells) {
      if (u_->deref_index.count(c)) continue;
      u_->deref_index[c] = add(c);
      ++u_->ncells;
    }
    std::vector<std::string> frees = s->sorted_names(NameScope::Free);
    if (s->type == BlockType::Class) {
      for (const auto& [n, sym] : s->symbols)
        if (sym.flags & symtable::kDefFreeClass) frees.push_back(n);
      std::sort(frees.begin(), frees.end());
    }
    for (const auto& f : frees) {
      u_->deref_index[f] = add(f);
      ++u_->nfrees;
    }
  }

  bool is_generator_unit() const {
    return u_->ste->is_generator || (u_->ste->is_coroutine && u_->ste->type == BlockType::Function);
  }

  void emit_prefix() {
    if (u_->nfrees) emit(Opcode::COPY_FREE_VARS, u_->nfrees);
    std::vector<uint32_t> cell_slots;
    for (const auto& [n, slot] : u_->deref_index)
      if (slot < u_->nlocals + u_->ncells) cell_slots.push_back(slot);
    std::sort(cell_slots.begin(), cell_slots.end());
    for (uint32_t slot : cell_slots) emit(Opcode::MAKE_CELL, slot);
    if (u_->ste->type == BlockType::Function && is_generator_unit()) {
      emit(Opcode::RETURN_GENERATOR);
      emit(Opcode::POP_TOP);
    }
  }

  uint32_t code_flags() const {
    Scope* s = u_->ste;
    uint32_t f = 0;
    if (s->type == BlockType::Function) {
      f |= kCoOptimized | kCoNewLocals;
      if (s->has_varargs) f |= kCoVarargs;
      if (s->has_varkw) f |= kCoVarkeywords;
      if (s->is_nested) f |= kCoNested;
      if (s->is_coroutine && s->is_generator)
        f |= kCoAsyncGenerator;
      else if (s->is_coroutine)
        f |= kCoCoroutine;
      else if (s->is_generator)
        f |= kCoGenerator;
    }
    return f;
  }

  Ref finish_unit() {
    Ref code = assemble();
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    if (!code) runtime_failed();
    return code;
  }

  // Ends the current unit and makes a function of it in the enclosing one;
  // false when compilation failed.
  bool finish_function(uint32_t flags) {
    std::string qualname = u_->qualname;
    Ref code = finish_unit();
    if (failed_) return false;
    make_function(std::move(code), qualname, flags);
    return true;
  }

  // The decorators were pushed before the definition: apply them innermost
  // first and bind the result to the defined name.
  void decorate_and_store(size_t ndecorators, const std::string& name) {
    for (size_t i = 0; i < ndecorators; ++i) emit(Opcode::CALL, 0);
    nameop(name, ast::ExprContext::Store);
  }

  // A decorated definition starts on its first decorator's line.
  static int first_line(const std::vector<ast::Expr*>& decorators, const ast::Loc& loc) {
    return decorators.empty() ? loc.line : decorators[0]->loc.line;
  }

  // Pushes the closure tuple (if any), the code and qualname, then
  // MAKE_FUNCTION with `flags` plus the closure bit.
  void make_function(Ref code, const std::string& qualname, uint32_t flags) {
    Code* co = code.as<Code>();
    if (co->nfrees) {
      Tuple* names = co->localsplus_names.as<Tuple>();
      for (uint32_t i = co->nlocals + co->ncells; i < co->nlocalsplus(); ++i) {
        std::string n(names->items[i].as<Str>()->view());
        auto it = u_->deref_index.find(n);
        if (it == u_->deref_index.end()) {
          error(u_->loc, "internal compiler error: no cell for free variable '" + n + "'");
          return;
        }
        emit(Opcode::LOAD_CLOSURE, it->second);
      }
      emit(Opcode::BUILD_TUPLE, co->nfrees);
      flags |= 8;
    }
    char key[32];
    std::snprintf(key, sizeof key, "c%p", static_cast<void*>(co));
    emit(Opcode::LOAD_CONST, add_const(std::move(code), key));
    load_str(qualname);
    emit(Opcode::MAKE_FUNCTION, flags);
  }

  // --- names ---

  void nameop(const std::string& raw, ast::ExprContext ctx) {
    std::string name = mangle(raw);
    Scope* s = u_->ste;
    NameScope scope = s->scope_of(name);
    bool in_function = s->type == BlockType::Function;
    enum { Fast, Deref, Global, Name } kind = Name;
    switch (scope) {
      case NameScope::Free:
      case NameScope::Cell:
        kind = Deref;
        break;
      case NameScope::Local:
        kind = in_function ? Fast : Name;
        break;
      case NameScope::GlobalImplicit:
        kind = in_function ? Global : Name;
        break;
      case NameScope::GlobalExplicit:
        kind = Global;
        break;
      default:
        break;
    }
    static const Opcode ops[4][3] = {
        {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST},
        {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF},
        {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL},
        {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME},
    };
    Opcode op = ops[kind][int(ctx)];
    switch (kind) {
      case Fast:
        emit(op, u_->fast_index.at(name));
        return;
      case Deref:
        if (op == Opcode::LOAD_DEREF && s->type == BlockType::Class) op = Opcode::LOAD_CLASSDEREF;
        emit(op, u_->deref_index.at(name));
        return;
      default:
        emit(op, name_index(raw));
        return;
    }
  }

  // --- statements ---

  void body_with_docstring(const std::vector<ast::Stmt*>& body, bool store_doc) {
    if (has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS);
    size_t start = 0;
    if (store_doc && is_docstring(body)) {
      LocGuard g(this, body[0]->loc);
      expr(static_cast<ast::ExprStmt*>(body[0])->value);
      emit(Opcode::STORE_NAME, name_index("__doc__"));
      start = 1;
    }
    for (size_t i = start; i < body.size(); ++i) stmt(body[i]);
  }

  void stmts(const std::vector<ast::Stmt*>& body) {
    for (auto* s : body) stmt(s);
  }

  void stmt(ast::Stmt* s) {
    if (failed_) return;
    LocGuard g(this, s->loc);
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef:
        return function_def(static_cast<ast::FunctionDef*>(s));
      case K::ClassDef:
        return class_def(static_cast<ast::ClassDef*>(s));
      case K::Return:
        return return_stmt(static_cast<ast::Return*>(s));
      case K::Delete:
        for (auto* t : static_cast<ast::Delete*>(s)->targets) del_target(t);
        return;
      case K::Assign:
        return assign(static_cast<ast::Assign*>(s));
      case K::AugAssign:
        return aug_assign(static_cast<ast::AugAssign*>(s));
      case K::AnnAssign:
        return ann_assign(static_cast<ast::AnnAssign*>(s));
      case K::For:
        return for_stmt(static_cast<ast::For*>(s));
      case K::AsyncFor:
        return async_for_stmt(static_cast<ast::For*>(s));
      case K::While:
        return while_stmt(static_cast<ast::While*>(s));
      case K::If:
        return if_stmt(static_cast<ast::If*>(s));
      case K::With:
      case K::AsyncWith:
        return with_stmt(static_cast<ast::With*>(s), 0);
      case K::Raise: {
        auto* r = static_cast<ast::Raise*>(s);
        uint32_t n = 0;
        if (r->exc) {
          expr(r->exc);
          ++n;
          if (r->cause) {
            expr(r->cause);
            ++n;
          }
        }
        emit(Opcode::RAISE_VARARGS, n);
        return;
      }
      case K::Try: {
        auto* t = static_cast<ast::Try*>(s);
        if (!t->finalbody.empty())
          try_finally(t);
        else
          try_except(t);
        return;
      }
      case K::Assert:
        return assert_stmt(static_cast<ast::Assert*>(s));
      case K::Import:
        return import_stmt(static_cast<ast::Import*>(s));
      case K::ImportFrom:
        return import_from(static_cast<ast::ImportFrom*>(s));
      case K::Global:
      case K::Nonlocal:
      case K::Pass:
        return;
      case K::ExprStmt: {
        auto* v = static_cast<ast::ExprStmt*>(s)->value;
        if (mode_ == grammar::Mode::Single && u_->ste->type == BlockType::Module) {
          expr(v);
          emit(Opcode::PRINT_EXPR);
          return;
        }
        if (is_const_expr(v)) return;
        expr(v);
        emit(Opcode::POP_TOP);
        return;
      }
      case K::Break:
        return break_continue(true);
      case K::Continue:
        return break_continue(false);
    }
  }

  // Defaults and kw-only defaults, in the enclosing scope; returns the
  // MAKE_FUNCTION flags they need.
  uint32_t function_defaults(const ast::Arguments* a) {
    uint32_t flags = 0;
    if (!a->defaults.empty()) {
      tuple_of(a->defaults);
      flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
      if (!a->kw_defaults[i]) continue;
      load_str(mangle(a->kwonlyargs[i]->arg));
      expr(a->kw_defaults[i]);
      ++nkw;
    }
    if (nkw) {
      emit(Opcode::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  // Pushes the flat (name, value, ...) tuple MAKE_FUNCTION turns into
  // __annotations__, in CPython's order; returns the flag it needs.
  uint32_t function_annotations(const ast::Arguments* a, ast::Expr* returns) {
    uint32_t n = 0;
    auto one = [&](const std::string& name, ast::Expr* ann) {
      if (!ann) return;
      load_str(mangle(name));
      expr(ann);
      ++n;
    };
    for (auto* p : a->args) one(p->arg, p->annotation);
    for (auto* p : a->posonlyargs) one(p->arg, p->annotation);
    if (a->vararg) one(a->vararg->arg, a->vararg->annotation);
    for (auto* p : a->kwonlyargs) one(p->arg, p->annotation);
    if (a->kwarg) one(a->kwarg->arg, a->kwarg->annotation);
    one("return", returns);
    if (!n) return 0;
    emit(Opcode::BUILD_TUPLE, 2 * n);
    return 4;
  }

  void function_def(ast::FunctionDef* f) {
    for (auto* d : f->decorator_list) expr(d);
    uint32_t flags = function_defaults(f->args);
    flags |= function_annotations(f->args, f->returns);
    if (failed_) return;
    enter_unit(table_.lookup(f), f->name, first_line(f->decorator_list, f->loc), f->args, true);
    if (is_docstring(f->body)) {
      auto* c = static_cast<ast::Constant*>(static_cast<ast::ExprStmt*>(f->body[0])->value);
      Ref doc = new_str(c->text);
      if (!doc) runtime_failed();
      add_const(std::move(doc), "s" + c->text);
    } else {
      add_const(none_ref(), "N");
    }
    size_t start = is_docstring(f->body) ? 1 : 0;
    for (size_t i = start; i < f->body.size(); ++i) stmt(f->body[i]);
    end_function_body(f->body);
    if (finish_function(flags)) decorate_and_store(f->decorator_list.size(), f->name);
  }

  // The implicit `return None`, placed on the last statement's line as
  // CPython does; skipped when the body cannot fall off its end.
  void end_function_body(const std::vector<ast::Stmt*>& body) {
    if (!u_->ins.empty() && is_terminator(u_->ins.back().op) &&
        std::find(u_->labels.begin(), u_->labels.end(), int(u_->ins.size())) == u_->labels.end())
      return;
    implicit_return(body);
  }
  void implicit_return(const std::vector<ast::Stmt*>& body) {
    LocGuard g(this, body.empty() ? u_->loc : body.back()->loc);
    load_const_none();
    emit(Opcode::RETURN_VALUE);
  }

  void lambda(ast::Lambda* l) {
    uint32_t flags = function_defaults(l->args);
    if (failed_) return;
    enter_unit(table_.lookup(l), "<lambda>", l->loc.line, l->args, true);
    add_const(none_ref(), "N");  // lambdas have no docstring
    expr(l->body);
    emit(Opcode::RETURN_VALUE);
    finish_function(flags);
  }

  void class_def(ast::ClassDef* c) {
    for (auto* d : c->decorator_list) expr(d);
    emit(Opcode::LOAD_BUILD_CLASS);
    emit(Opcode::PUSH_NULL);
    enter_unit(table_.lookup(c), c->name, first_line(c->decorator_list, c->loc), nullptr, false);
    emit(Opcode::LOAD_NAME, name_index("__name__"));
    emit(Opcode::STORE_NAME, name_index("__module__"));
    load_str(u_->qualname);
    emit(Opcode::STORE_NAME, name_index("__qualname__"));
    body_with_docstring(c->body, true);
    if (u_->ste->needs_class_closure) {
      emit(Opcode::LOAD_CLOSURE, u_->deref_index.at("__class__"));
      emit(Opcode::COPY, 1);
      emit(Opcode::STORE_NAME, name_index("__classcell__"));
    } else {
      load_const_none();
    }
    emit(Opcode::RETURN_VALUE);
    if (!finish_function(0)) return;
    load_str(c->name);
    call_helper(2, c->bases, c->keywords);
    decorate_and_store(c->decorator_list.size(), c->name);
  }

  void return_stmt(ast::Return* r) {
    Scope* s = u_->ste;
    if (s->type != BlockType::Function) return error(r->loc, "'return' outside function");
    if (r->value && s->is_coroutine && s->is_generator)
      return error(r->loc, "'return' with value in async generator");
    bool preserve = r->value && !is_const_expr(r->value);
    if (preserve) expr(r->value);
    BlockStateGuard guard(u_);
    unwind_fblocks(preserve, nullptr);
    if (!r->value)
      load_const_none();
    else if (!preserve)
      expr(r->value);
    emit(Opcode::RETURN_VALUE);
  }

  void break_continue(bool is_break) {
    BlockStateGuard guard(u_);
    FBlockInfo loop;
    if (!unwind_fblocks(false, &loop))
      return error(u_->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) {
      unwind_fblock(loop, false);
      jump(loop.exit);
    } else {
      jump(loop.start);
    }
  }

  // The code of a structured exit leaves the enclosing blocks; the code
  // after it (dead, or reached by a jump) is still inside them.
  struct BlockStateGuard {
    Unit* u;
    std::vector<int> hstack;
    std::vector<FBlockInfo> fblocks;
    explicit BlockStateGuard(Unit* unit) : u(unit), hstack(unit->hstack), fblocks(unit->fblocks) {}
    ~BlockStateGuard() {
      u->hstack = std::move(hstack);
      u->fblocks = std::move(fblocks);
    }
  };

  static bool is_loop(FBlock t) {
    return t == FBlock::WhileLoop || t == FBlock::ForLoop || t == FBlock::AsyncForLoop;
  }

  // Emits the cleanup of every frame block down to the innermost loop (when
  // `loop` is given; it receives the loop's info) or all of them, popping
  // them (callers hold a BlockStateGuard). Returns whether a loop was found.
  bool unwind_fblocks(bool preserve_tos, FBlockInfo* loop) {
    while (!u_->fblocks.empty() && !failed_) {
      FBlockInfo top = u_->fblocks.back();
      if (loop && is_loop(top.type)) {
        *loop = top;
        return true;
      }
      u_->fblocks.pop_back();
      unwind_fblock(top, preserve_tos);
    }
    return false;
  }

  void pop_block(const FBlockInfo& b) { u_->hstack.resize(b.hdepth); }

  void unwind_fblock(const FBlockInfo& b, bool preserve_tos) {
    switch (b.type) {
      case FBlock::WhileLoop:
      case FBlock::ExceptionHandler:
        return;
      case FBlock::ForLoop:
      case FBlock::AsyncForLoop:
      case FBlock::PopValue:
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        return;
      case FBlock::TryExcept:
        pop_block(b);
        return;
      case FBlock::FinallyTry: {
        pop_block(b);
        if (preserve_tos) push_fblock(FBlockInfo{FBlock::PopValue});
        stmts(*b.finalbody);
        if (preserve_tos) pop_fblock();
        return;
      }
      case FBlock::FinallyEnd:
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);  // the exception
        if (preserve_tos) emit(Opcode::SWAP, 2);
        pop_block(b);
        emit(Opcode::POP_EXCEPT);
        return;
      case FBlock::With:
      case FBlock::AsyncWith: {
        LocGuard g(this, b.loc);
        pop_block(b);
        if (preserve_tos) emit(Opcode::SWAP, 2);
        call_exit_with_nones();
        if (b.type == FBlock::AsyncWith) await_top(2);
        emit(Opcode::POP_TOP);
        return;
      }
      case FBlock::HandlerCleanup:
        pop_block(b);
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_EXCEPT);
        if (b.name) clear_handler_name(*b.name);
        return;
    }
  }

  void clear_handler_name(const std::string& name) {
    load_const_none();
    nameop(name, ast::ExprContext::Store);
    nameop(name, ast::ExprContext::Del);
  }

  void call_exit_with_nones() {
    emit(Opcode::PUSH_NULL);
    load_const_none();
    load_const_none();
    load_const_none();
    emit(Opcode::CALL, 3);
  }

  // [.. awaitable-source] -> [.. result]: GET_AWAITABLE then delegate with SEND.
  void await_top(uint32_t where) {
    emit(Opcode::GET_AWAITABLE, where);
    yield_from_top();
  }
  void yield_from_top() {
    load_const_none();
    int done = new_label();
    emit_jump(Opcode::SEND, done);
    bind(done);
  }

  void assign(ast::Assign* a) {
    if (a->targets.size() == 1 && swap_assign(a->targets[0], a->value)) return;
    expr(a->value);
    for (size_t i = 0; i < a->targets.size(); ++i) {
      if (i + 1 < a->targets.size()) emit(Opcode::COPY, 1);
      store(a->targets[i]);
    }
  }

  // `a, b = x, y` without building a tuple: push the values, reverse them
  // with one SWAP and store left to right.
  bool swap_assign(ast::Expr* target, ast::Expr* value) {
    const std::vector<ast::Expr*>* t = seq_elts(target);
    if (!t || value->kind != ast::ExprKind::Tuple) return false;
    const auto& v = static_cast<ast::Tuple*>(value)->elts;
    if (t->size() != v.size() || v.size() < 2 || v.size() > 3) return false;
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i]->kind == ast::ExprKind::Starred || (*t)[i]->kind == ast::ExprKind::Starred)
        return false;
    for (auto* e : v) expr(e);
    emit(Opcode::SWAP, uint32_t(v.size()));
    for (auto* e : *t) store(e);
    return true;
  }

  static const std::vector<ast::Expr*>* seq_elts(ast::Expr* e) {
    if (e->kind == ast::ExprKind::Tuple) return &static_cast<ast::Tuple*>(e)->elts;
    if (e->kind == ast::ExprKind::List) return &static_cast<ast::List*>(e)->elts;
    return nullptr;
  }

  // Names, attributes and subscripts are loaded, stored and deleted alike
  // but for the final opcode; false for any other kind of expression.
  bool access(ast::Expr* e, ast::ExprContext ctx) {
    using C = ast::ExprContext;
    switch (e->kind) {
      case ast::ExprKind::Name:
        nameop(static_cast<ast::Name*>(e)->id, ctx);
        return true;
      case ast::ExprKind::Attribute: {
        auto* a = static_cast<ast::Attribute*>(e);
        expr(a->value);
        emit(ctx == C::Load    ? Opcode::LOAD_ATTR
             : ctx == C::Store ? Opcode::STORE_ATTR
                               : Opcode::DELETE_ATTR,
             name_index(a->attr));
        return true;
      }
      case ast::ExprKind::Subscript: {
        auto* s = static_cast<ast::Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        emit(ctx == C::Load    ? Opcode::BINARY_SUBSCR
             : ctx == C::Store ? Opcode::STORE_SUBSCR
                               : Opcode::DELETE_SUBSCR);
        return true;
      }
      default:
        return false;
    }
  }

  void store(ast::Expr* t) {
    if (failed_) return;
    LocGuard g(this, t->loc);
    if (access(t, ast::ExprContext::Store)) return;
    switch (t->kind) {
      case ast::ExprKind::Tuple:
      case ast::ExprKind::List: {
        const auto& elts = *seq_elts(t);
        unpack(elts, t->loc);
        for (auto* e : elts)
          store(e->kind == ast::ExprKind::Starred ? static_cast<ast::Starred*>(e)->value : e);
        return;
      }
      case ast::ExprKind::Starred:
        return error(t->loc, "starred assignment target must be in a list or tuple");
      default:
        return error(t->loc, "cannot assign to expression");
    }
  }

  void unpack(const std::vector<ast::Expr*>& elts, const ast::Loc& loc) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
      if (elts[i]->kind != ast::ExprKind::Starred) continue;
      if (star != elts.size()) return error(loc, "multiple starred expressions in assignment");
      star = i;
    }
    if (star == elts.size()) {
      emit(Opcode::UNPACK_SEQUENCE, uint32_t(elts.size()));
      return;
    }
    size_t after = elts.size() - star - 1;
    if (star >= 256 || after >= (1u << 16))
      return error(loc, "too many expressions in star-unpacking assignment");
    emit(Opcode::UNPACK_EX, uint32_t(star | (after << 8)));
  }

  void del_target(ast::Expr* t) {
    if (failed_) return;
    LocGuard g(this, t->loc);
    if (access(t, ast::ExprContext::Del)) return;
    switch (t->kind) {
      case ast::ExprKind::Tuple:
      case ast::ExprKind::List:
        for (auto* e : *seq_elts(t)) del_target(e);
        return;
      default:
        return error(t->loc, "cannot delete expression");
    }
  }

  void aug_assign(ast::AugAssign* a) {
    uint32_t op = uint32_t(kInplace + int(a->op));
    ast::Expr* t = a->target;
    switch (t->kind) {
      case ast::ExprKind::Name: {
        auto* n = static_cast<ast::Name*>(t);
        {
          LocGuard g(this, n->loc);
          nameop(n->id, ast::ExprContext::Load);
        }
        expr(a->value);
        emit(Opcode::BINARY_OP, op);
        nameop(n->id, ast::ExprContext::Store);
        return;
      }
      case ast::ExprKind::Attribute: {
        auto* at = static_cast<ast::Attribute*>(t);
        expr(at->value);
        emit(Opcode::COPY, 1);
        {
          LocGuard g(this, at->loc);
          emit(Opcode::LOAD_ATTR, name_index(at->attr));
        }
        expr(a->value);
        emit(Opcode::BINARY_OP, op);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_ATTR, name_index(at->attr));
        return;
      }
      case ast::ExprKind::Subscript: {
        auto* s = static_cast<ast::Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        emit(Opcode::COPY, 2);
        emit(Opcode::COPY, 2);
        {
          LocGuard g(this, s->loc);
          emit(Opcode::BINARY_SUBSCR);
        }
        expr(a->value);
        emit(Opcode::BINARY_OP, op);
        emit(Opcode::SWAP, 3);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_SUBSCR);
        return;
      }
      default:
        return error(t->loc, "'expression' is an illegal expression for augmented assignment");
    }
  }

  void ann_assign(ast::AnnAssign* a) {
    if (a->value) {
      expr(a->value);
      store(a->target);
    }
    if (u_->ste->type == BlockType::Function) return;
    if (a->simple && a->target->kind == ast::ExprKind::Name) {
      expr(a->annotation);
      emit(Opcode::LOAD_NAME, name_index("__annotations__"));
      load_str(mangle(static_cast<ast::Name*>(a->target)->id));
      emit(Opcode::STORE_SUBSCR);
    } else {
      expr(a->annotation);
      emit(Opcode::POP_TOP);
    }
  }

  void if_stmt(ast::If* s) {
    int else_l = new_label();
    jump_if(s->test, false, else_l);
    stmts(s->body);
    if (s->orelse.empty()) {
      bind(else_l);
      return;
    }
    int end = new_label();
    jump(end);
    bind(else_l);
    stmts(s->orelse);
    bind(end);
  }

  static int const_truth(const ast::Expr* e) {
    if (e->kind != ast::ExprKind::Constant) return -1;
    auto* c = static_cast<const ast::Constant*>(e);
    switch (c->ckind) {
      case ast::ConstKind::True:
      case ast::ConstKind::Ellipsis:
        return 1;
      case ast::ConstKind::None:
      case ast::ConstKind::False:
        return 0;
      case ast::ConstKind::Int:
        return c->text.find_first_not_of('0') != std::string::npos;
      case ast::ConstKind::Str:
      case ast::ConstKind::Bytes:
        return !c->text.empty();
      default:
        return -1;
    }
  }

  void while_stmt(ast::While* w) {
    int truth = const_truth(w->test);
    if (truth == 0) {
      stmts(w->orelse);
      return;
    }
    int start = new_label(), anchor = new_label(), end = new_label();
    bind(start);
    push_fblock(FBlockInfo{FBlock::WhileLoop, start, end});
    if (truth != 1) jump_if(w->test, false, anchor);
    stmts(w->body);
    jump(start);
    pop_fblock();
    bind(anchor);
    stmts(w->orelse);
    bind(end);
  }

  void for_stmt(ast::For* f) {
    int start = new_label(), cleanup = new_label(), end = new_label();
    expr(f->iter);
    emit(Opcode::GET_ITER);
    bind(start);
    push_fblock(FBlockInfo{FBlock::ForLoop, start, end});
    emit_jump(Opcode::FOR_ITER, cleanup);
    store(f->target);
    stmts(f->body);
    jump(start);
    pop_fblock();
    bind(cleanup);
    stmts(f->orelse);
    bind(end);
  }

  void check_async(const ast::Loc& loc, const char* what) {
    Scope* s = u_->ste;
    bool ok = s->type == BlockType::Function && s->is_coroutine;
    if (!ok) error(loc, std::string("'") + what + "' outside async function");
  }

  // The loop head of `async for` (statement or comprehension): [.. aiter]
  // -> next item on the stack, or to `except_l` with the exception when the
  // iteration raises (END_ASYNC_FOR there ends it on StopAsyncIteration).
  std::vector<int> async_next(int except_l) {
    std::vector<int> before = push_handler(except_l, false);
    emit(Opcode::GET_ANEXT);
    load_const_none();
    int done = new_label();
    emit_jump(Opcode::SEND, done);
    bind(done);
    u_->hstack = before;
    return before;
  }

  void async_for_stmt(ast::For* f) {
    check_async(f->loc, "async for");
    int start = new_label(), except_l = new_label(), end = new_label();
    expr(f->iter);
    emit(Opcode::GET_AITER);
    bind(start);
    push_fblock(FBlockInfo{FBlock::AsyncForLoop, start, end});
    std::vector<int> before = async_next(except_l);
    store(f->target);
    stmts(f->body);
    jump(start);
    pop_fblock();
    bind(except_l);
    u_->hstack = before;
    emit(Opcode::END_ASYNC_FOR);
    stmts(f->orelse);
    bind(end);
  }

  void pop_except_and_reraise() {
    emit(Opcode::COPY, 3);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE, 1);
  }

  void try_finally(ast::Try* t) {
    int handler = new_label(), exit = new_label(), cleanup = new_label();
    std::vector<int> outer = push_handler(handler, false);
    FBlockInfo fb{FBlock::FinallyTry};
    fb.hdepth = outer.size();
    fb.finalbody = &t->finalbody;
    push_fblock(fb);
    if (!t->handlers.empty())
      try_except(t);
    else
      stmts(t->body);
    pop_fblock();
    u_->hstack = outer;
    stmts(t->finalbody);
    jump(exit);
    // Exceptional path: [.. exc]
    bind(handler);
    std::vector<int> h2 = push_handler(cleanup, true);
    emit(Opcode::PUSH_EXC_INFO);
    FBlockInfo fe{FBlock::FinallyEnd};
    fe.hdepth = h2.size();
    push_fblock(fe);
    stmts(t->finalbody);
    pop_fblock();
    emit(Opcode::RERAISE, 0);
    u_->hstack = h2;
    bind(cleanup);
    pop_except_and_reraise();
    u_->hstack = outer;
    bind(exit);
  }

  void try_except(ast::Try* t) {
    int except_l = new_label(), end = new_label(), cleanup = new_label();
    std::vector<int> outer = push_handler(except_l, false);
    FBlockInfo fb{FBlock::TryExcept};
    fb.hdepth = outer.size();
    push_fblock(fb);
    stmts(t->body);
    pop_fblock();
    u_->hstack = outer;
    stmts(t->orelse);
    jump(end);
    // [.. exc]
    bind(except_l);
    std::vector<int> h2 = push_handler(cleanup, true);
    std::vector<int> in_cleanup = u_->hstack;
    emit(Opcode::PUSH_EXC_INFO);  // [.. prev exc]
    push_fblock(FBlockInfo{FBlock::ExceptionHandler});
    for (size_t i = 0; i < t->handlers.size(); ++i) {
      ast::ExceptHandler* h = t->handlers[i];
      LocGuard g(this, h->loc);
      if (!h->type && i + 1 < t->handlers.size())
        return error(h->loc, "default 'except:' must be last");
      int next = new_label();
      if (h->type) {
        expr(h->type);
        emit(Opcode::CHECK_EXC_MATCH);
        emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
      }
      FBlockInfo hc{FBlock::HandlerCleanup};
      hc.hdepth = h2.size();
      // `except E as name`: name is deleted however the body exits.
      bool named = !h->name.empty();
      int cleanup_end = -1;
      std::vector<int> h3;
      if (named) {
        nameop(h->name, ast::ExprContext::Store);  // [.. prev]
        cleanup_end = new_label();
        h3 = push_handler(cleanup_end, true);
        hc.name = &h->name;
      } else {
        emit(Opcode::POP_TOP);  // [.. prev]
      }
      push_fblock(hc);
      stmts(h->body);
      pop_fblock();
      u_->hstack = h2;
      emit(Opcode::POP_EXCEPT);
      if (named) clear_handler_name(h->name);
      jump(end);
      if (named) {
        // [.. prev lasti exc]
        u_->hstack = h3;
        bind(cleanup_end);
        clear_handler_name(h->name);
        emit(Opcode::RERAISE, 1);
      }
      u_->hstack = in_cleanup;
      bind(next);
    }
    pop_fblock();
    emit(Opcode::RERAISE, 0);
    u_->hstack = h2;
    bind(cleanup);
    pop_except_and_reraise();
    u_->hstack = outer;
    bind(end);
  }

  void with_stmt(ast::With* w, size_t pos) {
    bool is_async = w->kind == ast::StmtKind::AsyncWith;
    if (is_async && pos == 0) check_async(w->loc, "async with");
    const ast::WithItem& item = w->items[pos];
    int final_l = new_label(), exit = new_label(), cleanup = new_label();
    expr(item.context_expr);
    if (is_async) {
      emit(Opcode::BEFORE_ASYNC_WITH);
      await_top(1);
    } else {
      emit(Opcode::BEFORE_WITH);  // [.. exit enter_result]
    }
    std::vector<int> outer = push_handler(final_l, true, -1);
    FBlockInfo fb{is_async ? FBlock::AsyncWith : FBlock::With};
    fb.hdepth = outer.size();
    push_fblock(fb);
    if (item.optional_vars)
      store(item.optional_vars);
    else
      emit(Opcode::POP_TOP);
    if (pos + 1 < w->items.size())
      with_stmt(w, pos + 1);
    else
      stmts(w->body);
    pop_fblock();
    u_->hstack = outer;
    call_exit_with_nones();
    if (is_async) await_top(2);
    emit(Opcode::POP_TOP);
    jump(exit);
    // [.. exit lasti exc]
    bind(final_l);
    std::vector<int> h2 = push_handler(cleanup, true);
    emit(Opcode::PUSH_EXC_INFO);      // [.. exit lasti prev exc]
    emit(Opcode::WITH_EXCEPT_START);  // [.. exit lasti prev exc res]
    if (is_async) await_top(2);
    int suppress = new_label();
    emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
    emit(Opcode::COPY, 3);  // re-raise with the lasti saved below
    emit(Opcode::SWAP, 2);
    emit(Opcode::RERAISE, 1);
    bind(suppress);
    emit(Opcode::POP_TOP);  // exc
    u_->hstack = h2;
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::POP_TOP);  // lasti
    emit(Opcode::POP_TOP);  // exit
    jump(exit);
    bind(cleanup);
    pop_except_and_reraise();
    u_->hstack = outer;
    bind(exit);
  }

  void assert_stmt(ast::Assert* a) {
    int end = new_label();
    jump_if(a->test, true, end);
    emit(Opcode::LOAD_ASSERTION_ERROR);
    if (a->msg) {
      emit(Opcode::PUSH_NULL);
      expr(a->msg);
      emit(Opcode::CALL, 1);
    }
    // CPython points the traceback at the failed test, not the statement.
    LocGuard g(this, a->test->loc);
    emit(Opcode::RAISE_VARARGS, 1);
    bind(end);
  }

  // The import instructions keep the statement's location, as in CPython,
  // so a failed import's traceback shows the line without carets.
  void import_stmt(ast::Import* s) {
    for (const auto& al : s->names) {
      emit(Opcode::LOAD_CONST, add_const(Ref::small(0), "i0"));
      load_const_none();
      emit(Opcode::IMPORT_NAME, name_index(al.name));
      if (al.asname.empty()) {
        nameop(al.name.substr(0, al.name.find('.')), ast::ExprContext::Store);
        continue;
      }
      size_t dot = al.name.find('.');
      while (dot != std::string::npos) {
        size_t next = al.name.find('.', dot + 1);
        std::string attr =
            al.name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1);
        emit(Opcode::IMPORT_FROM, name_index(attr));
        emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        dot = next;
      }
      nameop(al.asname, ast::ExprContext::Store);
    }
  }

  void import_from(ast::ImportFrom* s) {
    std::vector<std::string> names;
    for (const auto& al : s->names) names.push_back(al.name);
    emit(Opcode::LOAD_CONST, add_const(Ref::small(s->level), "i" + std::to_string(s->level)));
    emit(Opcode::LOAD_CONST, names_tuple_const(names));
    emit(Opcode::IMPORT_NAME, name_index(s->module));
    if (names.size() == 1 && names[0] == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    for (const auto& al : s->names) {
      emit(Opcode::IMPORT_FROM, name_index(al.name));
      nameop(al.asname.empty() ? al.name : al.asname, ast::ExprContext::Store);
    }
    emit(Opcode::POP_TOP);
  }

  // --- expressions ---

  // Jumps to `label` when the truth of `e` equals `cond`, falling through
  // otherwise; avoids materialising booleans for `not`, `and`, `or` and
  // `is None` tests.
  void jump_if(ast::Expr* e, bool cond, int label) {
    if (failed_) return;
    LocGuard g(this, e->loc);
    if (e->kind == ast::ExprKind::UnaryOp &&
        static_cast<ast::UnaryOp*>(e)->op == ast::UnaryOpKind::Not)
      return jump_if(static_cast<ast::UnaryOp*>(e)->operand, !cond, label);
    if (e->kind == ast::ExprKind::BoolOp) {
      auto* b = static_cast<ast::BoolOp*>(e);
      bool is_or = b->op == ast::BoolOpKind::Or;
      int next = label;
      if (is_or != cond) next = new_label();
      for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], is_or, next);
      jump_if(b->values.back(), cond, label);
      if (next != label) bind(next);
      return;
    }
    if (e->kind == ast::ExprKind::Compare) {
      auto* c = static_cast<ast::Compare*>(e);
      if (c->ops.size() == 1 &&
          (c->ops[0] == ast::CmpOpKind::Is || c->ops[0] == ast::CmpOpKind::IsNot) &&
          c->comparators[0]->kind == ast::ExprKind::Constant &&
          static_cast<ast::Constant*>(c->comparators[0])->ckind == ast::ConstKind::None) {
        expr(c->left);
        bool jump_on_none = (c->ops[0] == ast::CmpOpKind::Is) == cond;
        emit_jump(jump_on_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE, label);
        return;
      }
    }
    expr(e);
    emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label);
  }

  void tuple_of(const std::vector<ast::Expr*>& elts) {
    bool foldable = !elts.empty();
    for (auto* e : elts) foldable = foldable && is_foldable(e);
    if (foldable) {
      ast::Tuple tmp;
      tmp.elts = elts;
      try_load_folded(&tmp);
      return;
    }
    for (auto* e : elts) expr(e);
    emit(Opcode::BUILD_TUPLE, uint32_t(elts.size()));
  }

  // Builds a list/set/tuple from items that may include `*x`: items before
  // the first star are pushed and built at once, later ones appended.
  void starunpack(const std::vector<ast::Expr*>& elts, uint32_t pushed, Opcode build, Opcode add,
                  Opcode extend, bool tuple) {
    bool star = false;
    for (auto* e : elts) star = star || e->kind == ast::ExprKind::Starred;
    if (!star) {
      for (auto* e : elts) expr(e);
      emit(tuple ? Opcode::BUILD_TUPLE : build, uint32_t(elts.size()) + pushed);
      return;
    }
    bool built = false;
    for (size_t i = 0; i < elts.size(); ++i) {
      ast::Expr* e = elts[i];
      if (e->kind == ast::ExprKind::Starred) {
        if (!built) {
          emit(build, uint32_t(i) + pushed);
          built = true;
        }
        expr(static_cast<ast::Starred*>(e)->value);
        emit(extend, 1);
      } else {
        expr(e);
        if (built) emit(add, 1);
      }
    }
    if (tuple) emit(Opcode::LIST_TO_TUPLE);
  }

  void expr(ast::Expr* e) {
    if (failed_) return;
    LocGuard g(this, e->loc);
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::BoolOp: {
        auto* b = static_cast<ast::BoolOp*>(e);
        int end = new_label();
        Opcode op = b->op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP
                                                  : Opcode::JUMP_IF_TRUE_OR_POP;
        for (size_t i = 0; i + 1 < b->values.size(); ++i) {
          expr(b->values[i]);
          emit_jump(op, end);
        }
        expr(b->values.back());
        bind(end);
        return;
      }
      case K::NamedExpr: {
        auto* n = static_cast<ast::NamedExpr*>(e);
        expr(n->value);
        emit(Opcode::COPY, 1);
        store(n->target);
        return;
      }
      case K::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        emit(Opcode::BINARY_OP, uint32_t(b->op));
        return;
      }
      case K::UnaryOp: {
        if (try_load_folded(e)) return;
        auto* u = static_cast<ast::UnaryOp*>(e);
        expr(u->operand);
        static const Opcode ops[] = {Opcode::UNARY_INVERT, Opcode::UNARY_NOT,
                                     Opcode::UNARY_POSITIVE, Opcode::UNARY_NEGATIVE};
        emit(ops[int(u->op)]);
        return;
      }
      case K::Lambda:
        return lambda(static_cast<ast::Lambda*>(e));
      case K::IfExp: {
        auto* i = static_cast<ast::IfExp*>(e);
        int else_l = new_label(), end = new_label();
        jump_if(i->test, false, else_l);
        expr(i->body);
        jump(end);
        bind(else_l);
        expr(i->orelse);
        bind(end);
        return;
      }
      case K::Dict:
        return dict_display(static_cast<ast::Dict*>(e));
      case K::Set: {
        auto* s = static_cast<ast::Set*>(e);
        return starunpack(s->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE,
                          false);
      }
      case K::List: {
        auto* l = static_cast<ast::List*>(e);
        bool foldable = l->elts.size() > 2;
        for (auto* x : l->elts) foldable = foldable && is_foldable(x);
        if (foldable) {
          emit(Opcode::BUILD_LIST, 0);
          tuple_of(l->elts);
          emit(Opcode::LIST_EXTEND, 1);
          return;
        }
        return starunpack(l->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
                          false);
      }
      case K::Tuple: {
        auto* t = static_cast<ast::Tuple*>(e);
        if (try_load_folded(e)) return;
        return starunpack(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
                          true);
      }
      case K::ListComp: {
        auto* c = static_cast<ast::ListComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr);
      }
      case K::SetComp: {
        auto* c = static_cast<ast::SetComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr);
      }
      case K::DictComp: {
        auto* c = static_cast<ast::DictComp*>(e);
        return comprehension(e, c->generators, c->key, c->value);
      }
      case K::GeneratorExp: {
        auto* c = static_cast<ast::GeneratorExp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr);
      }
      case K::Await: {
        Scope* s = u_->ste;
        if (s->type != BlockType::Function) return error(e->loc, "'await' outside function");
        if (!in_async_context()) return error(e->loc, "'await' outside async function");
        expr(static_cast<ast::Await*>(e)->value);
        await_top(0);
        return;
      }
      case K::Yield: {
        if (u_->ste->type != BlockType::Function) return error(e->loc, "'yield' outside function");
        auto* y = static_cast<ast::Yield*>(e);
        if (y->value)
          expr(y->value);
        else
          load_const_none();
        emit(Opcode::YIELD_VALUE);
        return;
      }
      case K::YieldFrom: {
        if (u_->ste->type != BlockType::Function) return error(e->loc, "'yield' outside function");
        if (u_->ste->is_coroutine) return error(e->loc, "'yield from' inside async function");
        expr(static_cast<ast::YieldFrom*>(e)->value);
        emit(Opcode::GET_YIELD_FROM_ITER);
        yield_from_top();
        return;
      }
      case K::Compare:
        return compare(static_cast<ast::Compare*>(e));
      case K::Call:
        return call(static_cast<ast::Call*>(e));
      case K::FormattedValue: {
        auto* f = static_cast<ast::FormattedValue*>(e);
        expr(f->value);
        uint32_t arg = 0;
        switch (f->conversion) {
          case 's':
            arg = 1;
            break;
          case 'r':
            arg = 2;
            break;
          case 'a':
            arg = 3;
            break;
          default:
            break;
        }
        if (f->format_spec) {
          expr(f->format_spec);
          arg |= 4;
        }
        emit(Opcode::FORMAT_VALUE, arg);
        return;
      }
      case K::JoinedStr: {
        auto* j = static_cast<ast::JoinedStr*>(e);
        if (j->values.empty()) return load_str("");
        for (auto* v : j->values) expr(v);
        if (j->values.size() > 1) emit(Opcode::BUILD_STRING, uint32_t(j->values.size()));
        return;
      }
      case K::Constant: {
        Ref v;
        std::string key;
        if (const_value(e, &v, &key)) emit(Opcode::LOAD_CONST, add_const(std::move(v), key));
        return;
      }
      case K::Attribute:
      case K::Subscript:
        access(e, ast::ExprContext::Load);
        return;
      case K::Starred:
        return error(e->loc, "can't use starred expression here");
      case K::Name: {
        auto* n = static_cast<ast::Name*>(e);
        if (n->id == "__debug__") return emit(Opcode::LOAD_CONST, add_const(bool_ref(true), "T"));
        return nameop(n->id, ast::ExprContext::Load);
      }
      case K::Slice: {
        auto* s = static_cast<ast::Slice*>(e);
        uint32_t n = 2;
        if (s->lower)
          expr(s->lower);
        else
          load_const_none();
        if (s->upper)
          expr(s->upper);
        else
          load_const_none();
        if (s->step) {
          expr(s->step);
          n = 3;
        }
        emit(Opcode::BUILD_SLICE, n);
        return;
      }
    }
  }

  bool in_async_context() const {
    for (Scope* s = u_->ste; s; s = s->parent) {
      if (s->is_coroutine) return true;
      if (s->comp == CompKind::None) return false;
    }
    return false;
  }

  static bool all_const_keys(const ast::Dict* d, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i)
      if (!d->keys[i] || d->keys[i]->kind != ast::ExprKind::Constant ||
          static_cast<ast::Constant*>(d->keys[i])->ckind == ast::ConstKind::Complex)
        return false;
    return true;
  }

  void subdict(const ast::Dict* d, size_t begin, size_t end) {
    size_t n = end - begin;
    if (n > 1 && all_const_keys(d, begin, end)) {
      std::vector<ast::Expr*> keys(d->keys.begin() + begin, d->keys.begin() + end);
      for (size_t i = begin; i < end; ++i) expr(d->values[i]);
      tuple_of(keys);
      emit(Opcode::BUILD_CONST_KEY_MAP, uint32_t(n));
      return;
    }
    for (size_t i = begin; i < end; ++i) {
      expr(d->keys[i]);
      expr(d->values[i]);
    }
    emit(Opcode::BUILD_MAP, uint32_t(n));
  }

  void dict_display(const ast::Dict* d) {
    bool have_dict = false;
    size_t begin = 0;
    auto flush = [&](size_t end) {
      if (end == begin) return;
      subdict(d, begin, end);
      if (have_dict) emit(Opcode::DICT_UPDATE, 1);
      have_dict = true;
    };
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (d->keys[i]) {
        if (i - begin == 16) {
          flush(i);
          begin = i;
        }
        continue;
      }
      flush(i);
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(d->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
      begin = i + 1;
    }
    flush(d->keys.size());
    if (!have_dict) emit(Opcode::BUILD_MAP, 0);
  }

  void compare_op(ast::CmpOpKind k) {
    using C = ast::CmpOpKind;
    switch (k) {
      case C::Eq:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Eq));
      case C::NotEq:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Ne));
      case C::Lt:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Lt));
      case C::LtE:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Le));
      case C::Gt:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Gt));
      case C::GtE:
        return emit(Opcode::COMPARE_OP, uint32_t(CompareOp::Ge));
      case C::Is:
        return emit(Opcode::IS_OP, 0);
      case C::IsNot:
        return emit(Opcode::IS_OP, 1);
      case C::In:
        return emit(Opcode::CONTAINS_OP, 0);
      case C::NotIn:
        return emit(Opcode::CONTAINS_OP, 1);
    }
  }

  void compare(ast::Compare* c) {
    expr(c->left);
    size_t n = c->ops.size();
    if (n == 1) {
      expr(c->comparators[0]);
      compare_op(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
      expr(c->comparators[i]);
      emit(Opcode::SWAP, 2);
      emit(Opcode::COPY, 2);
      compare_op(c->ops[i]);
      emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    compare_op(c->ops[n - 1]);
    jump(end);
    bind(cleanup);
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    bind(end);
  }

  bool check_keywords(const std::vector<ast::Keyword*>& kws) {
    for (size_t i = 0; i < kws.size(); ++i) {
      if (kws[i]->arg.empty()) continue;
      for (size_t j = i + 1; j < kws.size(); ++j)
        if (kws[j]->arg == kws[i]->arg) {
          error(kws[j]->loc, "keyword argument repeated: " + kws[j]->arg);
          return false;
        }
    }
    return true;
  }

  void call(ast::Call* c) {
    bool simple = true;
    for (auto* a : c->args) simple = simple && a->kind != ast::ExprKind::Starred;
    for (auto* k : c->keywords) simple = simple && !k->arg.empty();
    if (simple && c->func->kind == ast::ExprKind::Attribute &&
        static_cast<ast::Attribute*>(c->func)->ctx == ast::ExprContext::Load) {
      auto* a = static_cast<ast::Attribute*>(c->func);
      expr(a->value);
      {
        LocGuard g(this, a->loc);
        emit(Opcode::LOAD_METHOD, name_index(a->attr));
      }
      call_helper(0, c->args, c->keywords);
      return;
    }
    expr(c->func);
    emit(Opcode::PUSH_NULL);
    call_helper(0, c->args, c->keywords);
  }

  // Emits the arguments and the call instruction; `pushed` positional
  // arguments are already on the stack (the class body function and name).
  void call_helper(uint32_t pushed, const std::vector<ast::Expr*>& args,
                   const std::vector<ast::Keyword*>& kws) {
    if (!check_keywords(kws)) return;
    bool star = false, dstar = false;
    for (auto* a : args) star = star || a->kind == ast::ExprKind::Starred;
    for (auto* k : kws) dstar = dstar || k->arg.empty();
    if (!star && !dstar) {
      for (auto* a : args) expr(a);
      uint32_t n = pushed + uint32_t(args.size());
      if (kws.empty()) {
        emit(Opcode::CALL, n);
        return;
      }
      std::vector<std::string> names;
      for (auto* k : kws) {
        expr(k->value);
        names.push_back(k->arg);
      }
      emit(Opcode::LOAD_CONST, names_tuple_const(names));
      emit(Opcode::CALL_KW, n + uint32_t(kws.size()));
      return;
    }
    if (pushed == 0 && args.size() == 1 && args[0]->kind == ast::ExprKind::Starred) {
      // f(*x): CALL_FUNCTION_EX converts x itself, so its error names f.
      expr(static_cast<ast::Starred*>(args[0])->value);
    } else {
      starunpack(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
    }
    bool have_dict = false;
    size_t begin = 0;
    auto flush = [&](size_t end) {
      if (end == begin) return;
      subkwargs(kws, begin, end);
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
      have_dict = true;
    };
    for (size_t i = 0; i < kws.size(); ++i) {
      if (!kws[i]->arg.empty()) continue;
      flush(i);
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(kws[i]->value);
      emit(Opcode::DICT_MERGE, 1);
      begin = i + 1;
    }
    flush(kws.size());
    emit(Opcode::CALL_FUNCTION_EX, have_dict ? 1 : 0);
  }

  void subkwargs(const std::vector<ast::Keyword*>& kws, size_t begin, size_t end) {
    size_t n = end - begin;
    if (n > 1) {
      std::vector<std::string> names;
      for (size_t i = begin; i < end; ++i) {
        expr(kws[i]->value);
        names.push_back(kws[i]->arg);
      }
      emit(Opcode::LOAD_CONST, names_tuple_const(names));
      emit(Opcode::BUILD_CONST_KEY_MAP, uint32_t(n));
      return;
    }
    for (size_t i = begin; i < end; ++i) {
      load_str(kws[i]->arg);
      expr(kws[i]->value);
    }
    emit(Opcode::BUILD_MAP, uint32_t(n));
  }

  // Comprehensions are functions called with the iterator of their
  // outermost iterable, which is evaluated in the enclosing scope.
  void comprehension(ast::Expr* e, const std::vector<ast::Comprehension>& gens, ast::Expr* elt,
                     ast::Expr* value) {
    Scope* ste = table_.lookup(e);
    static const char* const names[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    CompKind kind = ste->comp;
    bool is_async = ste->is_coroutine;
    if (is_async && kind != CompKind::Generator && !in_async_context())
      return error(e->loc, "asynchronous comprehension outside of an asynchronous function");
    enter_unit(ste, names[int(kind)], e->loc.line, nullptr, false);
    switch (kind) {
      case CompKind::List:
        emit(Opcode::BUILD_LIST, 0);
        break;
      case CompKind::Set:
        emit(Opcode::BUILD_SET, 0);
        break;
      case CompKind::Dict:
        emit(Opcode::BUILD_MAP, 0);
        break;
      default:
        break;
    }
    comprehension_loop(gens, 0, 0, kind, elt, value);
    if (kind == CompKind::Generator) load_const_none();
    emit(Opcode::RETURN_VALUE);
    if (!finish_function(0)) return;
    emit(Opcode::PUSH_NULL);
    expr(gens[0].iter);
    emit(gens[0].is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
    emit(Opcode::CALL, 1);
    if (is_async && kind != CompKind::Generator) await_top(0);
  }

  void comprehension_loop(const std::vector<ast::Comprehension>& gens, size_t i, uint32_t depth,
                          CompKind kind, ast::Expr* elt, ast::Expr* value) {
    const ast::Comprehension& gen = gens[i];
    int start = new_label(), if_cleanup = new_label(), anchor = new_label();
    if (i == 0) {
      emit(Opcode::LOAD_FAST, 0);
    } else {
      expr(gen.iter);
      emit(gen.is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
    }
    bind(start);
    std::vector<int> before;
    if (gen.is_async) {
      push_fblock(FBlockInfo{FBlock::AsyncForLoop, start, anchor});
      before = async_next(anchor);
    } else {
      emit_jump(Opcode::FOR_ITER, anchor);
    }
    store(gen.target);
    for (auto* cond : gen.ifs) jump_if(cond, false, if_cleanup);
    ++depth;
    if (i + 1 < gens.size()) {
      comprehension_loop(gens, i + 1, depth, kind, elt, value);
    } else {
      switch (kind) {
        case CompKind::Generator:
          expr(elt);
          emit(Opcode::YIELD_VALUE);
          emit(Opcode::POP_TOP);
          break;
        case CompKind::List:
          expr(elt);
          emit(Opcode::LIST_APPEND, depth + 1);
          break;
        case CompKind::Set:
          expr(elt);
          emit(Opcode::SET_ADD, depth + 1);
          break;
        case CompKind::Dict:
          expr(elt);
          expr(value);
          emit(Opcode::MAP_ADD, depth + 1);
          break;
        case CompKind::None:
          break;
      }
    }
    bind(if_cleanup);
    jump(start);
    bind(anchor);
    if (gen.is_async) {
      pop_fblock();
      u_->hstack = before;
      emit(Opcode::END_ASYNC_FOR);
    }
  }

  // --- assembly ---

  Ref assemble() {
    Unit& u = *u_;
    size_t n = u.ins.size();
    std::vector<int> label_pos = u.labels;
    for (int& p : label_pos)
      if (p < 0) p = int(n);

    // Stack depth of every instruction, by a flow pass from the entry and
    // from each handler.
    std::vector<int> depth(n + 1, INT_MIN);
    std::vector<std::pair<size_t, int>> work{{0, 0}};
    int maxdepth = 0;
    while (!work.empty()) {
      auto [i, d] = work.back();
      work.pop_back();
      for (; i < n; ++i) {
        if (depth[i] != INT_MIN) break;
        depth[i] = d;
        const Ins& in = u.ins[i];
        if (in.op == kOpSetup) {
          Handler& h = u.handlers[in.arg];
          h.depth = d + h.adjust;
          int hd = h.depth + (h.lasti ? 1 : 0) + 1;
          maxdepth = std::max(maxdepth, hd);
          work.push_back({size_t(label_pos[h.label]), hd});
          continue;
        }
        if (in.target >= 0) {
          int jd = d + stack_effect(in.op, in.arg, true);
          maxdepth = std::max(maxdepth, jd);
          work.push_back({size_t(label_pos[in.target]), jd});
        }
        if (is_terminator(in.op)) break;
        d += stack_effect(in.op, in.arg, false);
        maxdepth = std::max(maxdepth, d);
      }
    }

    // Jump threading: an unconditional jump to an unconditional jump goes
    // straight to the final target. Conditional jumps are left alone so a
    // loop's only backward edge stays a JUMP_BACKWARD (an eval breaker check).
    std::vector<int> target_pos(n, -1);
    for (size_t i = 0; i < n; ++i) {
      if (u.ins[i].target < 0) continue;
      int t = label_pos[u.ins[i].target];
      for (int hops = 0; u.ins[i].op == kOpJump && hops < 8 && size_t(t) < n &&
                         u.ins[t].op == kOpJump && t != int(i);
           ++hops)
        t = label_pos[u.ins[t].target];
      target_pos[i] = t;
    }

    // Drop the SETUP pseudo-instructions: new index of each old position.
    std::vector<uint32_t> newidx(n + 1);
    std::vector<size_t> kept;
    for (size_t i = 0; i < n; ++i) {
      newidx[i] = uint32_t(kept.size());
      if (u.ins[i].op != kOpSetup) kept.push_back(i);
    }
    newidx[n] = uint32_t(kept.size());

    // Final offsets, widening arguments that need EXTENDED_ARG until stable.
    size_t m = kept.size();
    std::vector<uint8_t> prefix(m, 0);
    std::vector<uint32_t> args(m), offset(m + 1);
    auto arg_of = [&](size_t k) -> uint32_t {
      const Ins& in = u.ins[kept[k]];
      if (in.target < 0) return in.arg;
      return offset[newidx[target_pos[kept[k]]]];
    };
    for (bool changed = true; changed;) {
      changed = false;
      uint32_t off = 0;
      for (size_t k = 0; k < m; ++k) {
        offset[k] = off;
        off += 1 + prefix[k];
      }
      offset[m] = off;
      for (size_t k = 0; k < m; ++k) {
        args[k] = arg_of(k);
        uint8_t need = args[k] > kMaxInlineArg ? 1 : 0;
        if (need != prefix[k]) {
          prefix[k] = need;
          changed = true;
        }
      }
    }

    Ref code_ref = new_code();
    if (!code_ref) return nullptr;
    Code* co = code_ref.as<Code>();
    std::vector<int> ins_handler;
    for (size_t k = 0; k < m; ++k) {
      const Ins& in = u.ins[kept[k]];
      uint8_t op = in.op;
      if (op == kOpJump)
        op = uint8_t(args[k] <= offset[k] ? Opcode::JUMP_BACKWARD : Opcode::JUMP_FORWARD);
      int h = in.handler >= 0 && u.handlers[in.handler].depth >= 0 ? in.handler : -1;
      if (prefix[k]) {
        co->code.push_back(make_instr(Opcode::EXTENDED_ARG, args[k] >> 24));
        co->positions.push_back(in.pos);
        ins_handler.push_back(h);
      }
      co->code.push_back(make_instr(Opcode(op), args[k] & kMaxInlineArg));
      co->positions.push_back(in.pos);
      ins_handler.push_back(h);
    }
    for (size_t i = 0; i < ins_handler.size();) {
      int h = ins_handler[i];
      size_t j = i + 1;
      while (j < ins_handler.size() && ins_handler[j] == h) ++j;
      if (h >= 0) {
        const Handler& hd = u.handlers[h];
        co->exception_table.push_back(ExceptionTableEntry{uint32_t(i), uint32_t(j),
                                                          offset[newidx[label_pos[hd.label]]],
                                                          uint32_t(hd.depth), hd.lasti});
      }
      i = j;
    }

    Tuple* consts = tuple_alloc(u.consts.size());
    Tuple* names = tuple_alloc(u.names.size());
    Tuple* lp = tuple_alloc(u.localsplus.size());
    if (!consts || !names || !lp) return nullptr;
    co->consts = Ref::steal(consts);
    co->names = Ref::steal(names);
    co->localsplus_names = Ref::steal(lp);
    for (size_t i = 0; i < u.consts.size(); ++i) tuple_set(consts, i, std::move(u.consts[i]));
    for (size_t i = 0; i < u.names.size(); ++i) tuple_set(names, i, str_const(u.names[i], true));
    for (size_t i = 0; i < u.localsplus.size(); ++i)
      tuple_set(lp, i, str_const(u.localsplus[i], true));
    co->nlocals = u.nlocals;
    co->ncells = u.ncells;
    co->nfrees = u.nfrees;
    co->argcount = u.argcount;
    co->posonlyargcount = u.posonly;
    co->kwonlyargcount = u.kwonly;
    co->flags = code_flags();
    co->stacksize = uint32_t(maxdepth);
    co->firstlineno = u.firstlineno;
    co->name = str_const(u.name, true);
    co->qualname = new_str(u.qualname);
    co->filename = filename_obj_.dup();
    if (!co->qualname) return nullptr;
    return code_ref;
  }
};

}  // namespace

Ref compile_ast(const ast::Module& mod, std::string_view filename, grammar::Mode mode) {
  Compiler c(filename, {}, false);
  return c.compile(mod, mode);
}

Ref compile_source(std::string_view source, std::string_view filename, grammar::Mode mode) {
  grammar::ParseResult r = grammar::parse(source, mode);
  if (r.error) {
    const grammar::SyntaxErrorInfo& e = *r.error;
    return raise_syntax_error(e.kind, e.msg, filename, e.line, e.offset, e.end_line, e.end_offset,
                              e.text);
  }
  Compiler c(filename, source, true);
  return c.compile(*r.module, mode);
}

}  // namespace gp
