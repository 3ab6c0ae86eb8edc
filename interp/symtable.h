// The symbol table: which scope every name of every block lives in.
//
// A first pass over the AST (build_symtable) creates one Scope per module,
// class body, function, lambda and comprehension and records how each name
// is used there (assigned, a parameter, declared global/nonlocal, read).
// A second pass (analysis) resolves each name to Local, GlobalExplicit,
// GlobalImplicit, Free or Cell the way CPython 3.11 does: a name bound in a
// function and read by a nested function becomes a cell there and free in
// the reader (and in every function between them); class bodies are skipped
// over, so methods never close over class attributes, except for the
// implicit `__class__` cell that super() needs. Comprehensions are function
// scopes of their own whose first parameter, ".0", is the outermost
// iterator; a walrus inside one binds in the nearest enclosing function.
//
// The table is plain data (no runtime objects), so errors come back as a
// message and location for the compiler to raise as SyntaxError.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"

namespace gp::symtable {

enum class BlockType : uint8_t { Module, Class, Function };

enum class NameScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// How a name is used in one block (bit set).
enum SymFlag : uint32_t {
  kDefGlobal = 1u << 0,  // `global x`
  kDefLocal = 1u << 1,   // assigned, deleted, imported, def/class name
  kDefParam = 1u << 2,
  kDefNonlocal = 1u << 3,   // `nonlocal x`
  kUse = 1u << 4,           // read
  kDefFreeClass = 1u << 5,  // class-local name that methods also see as free
  kDefImport = 1u << 6,
  kDefAnnot = 1u << 7,
  kDefCompIter = 1u << 8,  // a comprehension's iteration variable
};
constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

enum class CompKind : uint8_t { None, List, Set, Dict, Generator };

struct Scope {
  BlockType type = BlockType::Module;
  std::string name;  // "top", function/class name, "lambda", "listcomp", ...
  const void* node = nullptr;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> order;   // names in first-seen order
  std::vector<std::string> params;  // positional, kw-only, *args, **kwargs
  std::string private_name;         // enclosing class name, for mangling
  CompKind comp = CompKind::None;
  bool is_generator = false;  // contains yield / yield from
  bool is_coroutine = false;  // async def (or await inside)
  bool is_nested = false;     // inside a function scope
  bool has_varargs = false;
  bool has_varkw = false;
  bool needs_class_closure = false;  // class whose methods use __class__
  int lineno = 0;

  // Scope of `name` as resolved by the analysis (Unknown if never seen).
  NameScope scope_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? NameScope::Unknown : it->second.scope;
  }
  uint32_t flags_of(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? 0 : it->second.flags;
  }
  // Names with the given final scope, sorted (cells and frees are laid out
  // in sorted order, as CPython does, so the closure order is deterministic).
  std::vector<std::string> sorted_names(NameScope s) const;
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::unordered_map<const void*, Scope*> by_node;

  Scope* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

struct SymtableError {
  std::string msg;
  ast::Loc loc;
};

// Builds and analyses the table for a module; false with `err` filled on a
// SyntaxError (duplicate argument, misplaced global/nonlocal, ...).
bool build_symtable(const ast::Module& mod, SymbolTable* out, SymtableError* err);

// CPython's private name mangling: `__x` inside class `C` is `_C__x`.
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace gp::symtable
