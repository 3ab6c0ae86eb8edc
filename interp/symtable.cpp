// Symbol table construction and scope analysis (see symtable.h).
//
// The builder walks the AST once, keeping a stack of open scopes, and only
// records flags; nothing is resolved until the whole module has been seen,
// because a name's scope depends on code that may come later (a nested
// function assigning it, a `global` further down). The analysis then runs
// top-down with the sets CPython uses: `bound` (names bound in enclosing
// function scopes, i.e. candidates for closures), `global` (names declared
// global above) and returns upward the set of names its children need as
// free variables, turning matching locals into cells on the way.
#include "interp/symtable.h"

#include <algorithm>
#include <unordered_set>

namespace gp::symtable {

using NameSet = std::unordered_set<std::string>;

std::vector<std::string> Scope::sorted_names(NameScope s) const {
  std::vector<std::string> out;
  for (const auto& [name, sym] : symbols)
    if (sym.scope == s) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos)
    return name;
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string::npos) return name;
  return "_" + private_name.substr(skip) + name;
}

namespace {

class Builder {
 public:
  Builder(SymbolTable* t, SymtableError* e) : table_(t), err_(e) {}

  bool run(const ast::Module& mod) {
    table_->top = std::make_unique<Scope>();
    cur_ = table_->top.get();
    cur_->name = "top";
    table_->by_node[&mod] = cur_;
    for (auto* s : mod.body)
      if (!stmt(s)) return false;
    NameSet bound, global, free;
    return analyze(cur_, bound, global, &free);
  }

 private:
  SymbolTable* table_;
  SymtableError* err_;
  Scope* cur_ = nullptr;
  bool in_comp_iter_target_ = false;
  // Where each nonlocal was declared, for "no binding" errors found later.
  std::unordered_map<const Scope*, std::unordered_map<std::string, ast::Loc>> nonlocal_locs_;

  bool error(const ast::Loc& loc, std::string msg) {
    err_->msg = std::move(msg);
    err_->loc = loc;
    return false;
  }

  Scope* enter(BlockType type, std::string name, const void* node, int lineno) {
    auto s = std::make_unique<Scope>();
    s->type = type;
    s->name = std::move(name);
    s->node = node;
    s->parent = cur_;
    s->lineno = lineno;
    s->private_name = cur_->private_name;
    s->is_nested = cur_->type == BlockType::Function || cur_->is_nested;
    Scope* raw = s.get();
    cur_->children.push_back(std::move(s));
    table_->by_node[node] = raw;
    cur_ = raw;
    return raw;
  }
  void leave() { cur_ = cur_->parent; }

  Symbol& sym(Scope* s, const std::string& name) {
    auto [it, fresh] = s->symbols.try_emplace(name);
    if (fresh) s->order.push_back(name);
    return it->second;
  }

  bool add_def(const std::string& raw, uint32_t flag, const ast::Loc& loc, Scope* s = nullptr) {
    if (!s) s = cur_;
    std::string name = mangle(s->private_name, raw);
    Symbol& y = sym(s, name);
    if ((flag & kDefParam) && (y.flags & kDefParam))
      return error(loc, "duplicate argument '" + name + "' in function definition");
    y.flags |= flag;
    if (flag & kDefParam) s->params.push_back(name);
    if (in_comp_iter_target_ && (flag & kDefLocal)) y.flags |= kDefCompIter;
    return true;
  }

  bool stmts(const std::vector<ast::Stmt*>& body) {
    for (auto* s : body)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const std::vector<ast::Expr*>& v) {
    for (auto* e : v)
      if (e && !expr(e)) return false;
    return true;
  }
  bool keywords(const std::vector<ast::Keyword*>& v) {
    for (auto* k : v)
      if (!expr(k->value)) return false;
    return true;
  }

  bool params(const ast::Arguments* a) {
    for (auto* p : a->posonlyargs)
      if (!add_def(p->arg, kDefParam, p->loc)) return false;
    for (auto* p : a->args)
      if (!add_def(p->arg, kDefParam, p->loc)) return false;
    for (auto* p : a->kwonlyargs)
      if (!add_def(p->arg, kDefParam, p->loc)) return false;
    if (a->vararg) {
      if (!add_def(a->vararg->arg, kDefParam, a->vararg->loc)) return false;
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      if (!add_def(a->kwarg->arg, kDefParam, a->kwarg->loc)) return false;
      cur_->has_varkw = true;
    }
    return true;
  }

  bool defaults(const ast::Arguments* a) { return exprs(a->defaults) && exprs(a->kw_defaults); }

  // Parameter and return annotations are evaluated where the def runs.
  bool annotations(const ast::Arguments* a, ast::Expr* returns) {
    for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (auto* p : *list)
        if (p->annotation && !expr(p->annotation)) return false;
    for (auto* p : {a->vararg, a->kwarg})
      if (p && p->annotation && !expr(p->annotation)) return false;
    return !returns || expr(returns);
  }

  bool stmt(ast::Stmt* s) {
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: {
        auto* f = static_cast<ast::FunctionDef*>(s);
        if (!add_def(f->name, kDefLocal, f->loc) || !defaults(f->args) ||
            !annotations(f->args, f->returns) || !exprs(f->decorator_list))
          return false;
        enter(BlockType::Function, f->name, f, f->loc.line);
        cur_->is_coroutine = s->kind == K::AsyncFunctionDef;
        if (!params(f->args) || !stmts(f->body)) return false;
        leave();
        return true;
      }
      case K::ClassDef: {
        auto* c = static_cast<ast::ClassDef*>(s);
        if (!add_def(c->name, kDefLocal, c->loc) || !exprs(c->bases) || !keywords(c->keywords) ||
            !exprs(c->decorator_list))
          return false;
        enter(BlockType::Class, c->name, c, c->loc.line);
        cur_->private_name = c->name;
        if (!stmts(c->body)) return false;
        leave();
        return true;
      }
      case K::Return: {
        auto* r = static_cast<ast::Return*>(s);
        return !r->value || expr(r->value);
      }
      case K::Delete:
        return exprs(static_cast<ast::Delete*>(s)->targets);
      case K::Assign: {
        auto* a = static_cast<ast::Assign*>(s);
        return expr(a->value) && exprs(a->targets);
      }
      case K::AugAssign: {
        auto* a = static_cast<ast::AugAssign*>(s);
        return expr(a->target) && expr(a->value);
      }
      case K::AnnAssign: {
        auto* a = static_cast<ast::AnnAssign*>(s);
        if (a->target->kind == ast::ExprKind::Name) {
          auto* n = static_cast<ast::Name*>(a->target);
          std::string name = mangle(cur_->private_name, n->id);
          uint32_t fl = cur_->flags_of(name);
          if ((fl & (kDefGlobal | kDefNonlocal)) && a->simple)
            return error(s->loc, "annotated name '" + name + "' can't be " +
                                     ((fl & kDefGlobal) ? "global" : "nonlocal"));
          if (a->simple && !add_def(n->id, kDefAnnot | kDefLocal, n->loc)) return false;
          if (!a->simple && a->value && !add_def(n->id, kDefLocal, n->loc)) return false;
        } else if (!expr(a->target)) {
          return false;
        }
        // Annotations are evaluated only in module and class bodies.
        if (cur_->type != BlockType::Function && !expr(a->annotation)) return false;
        return !a->value || expr(a->value);
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<ast::For*>(s);
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case K::While: {
        auto* w = static_cast<ast::While*>(s);
        return expr(w->test) && stmts(w->body) && stmts(w->orelse);
      }
      case K::If: {
        auto* i = static_cast<ast::If*>(s);
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case K::With:
      case K::AsyncWith: {
        auto* w = static_cast<ast::With*>(s);
        for (auto& it : w->items)
          if (!expr(it.context_expr) || (it.optional_vars && !expr(it.optional_vars))) return false;
        return stmts(w->body);
      }
      case K::Raise: {
        auto* r = static_cast<ast::Raise*>(s);
        return (!r->exc || expr(r->exc)) && (!r->cause || expr(r->cause));
      }
      case K::Try: {
        auto* t = static_cast<ast::Try*>(s);
        if (!stmts(t->body)) return false;
        for (auto* h : t->handlers) {
          if (h->type && !expr(h->type)) return false;
          if (!h->name.empty() && !add_def(h->name, kDefLocal, h->loc)) return false;
          if (!stmts(h->body)) return false;
        }
        return stmts(t->orelse) && stmts(t->finalbody);
      }
      case K::Assert: {
        auto* a = static_cast<ast::Assert*>(s);
        return expr(a->test) && (!a->msg || expr(a->msg));
      }
      case K::Import:
      case K::ImportFrom: {
        const auto& names = s->kind == K::Import ? static_cast<ast::Import*>(s)->names
                                                 : static_cast<ast::ImportFrom*>(s)->names;
        for (const auto& al : names) {
          if (al.name == "*") {
            if (cur_->type != BlockType::Module)
              return error(al.loc, "import * only allowed at module level");
            continue;
          }
          std::string bound = al.asname.empty() ? al.name.substr(0, al.name.find('.')) : al.asname;
          if (!add_def(bound, kDefImport | kDefLocal, al.loc)) return false;
        }
        return true;
      }
      case K::Global:
      case K::Nonlocal:
        return declaration(s);
      case K::ExprStmt:
        return expr(static_cast<ast::ExprStmt*>(s)->value);
      case K::Pass:
      case K::Break:
      case K::Continue:
        return true;
    }
    return true;
  }

  bool declaration(ast::Stmt* s) {
    bool global = s->kind == ast::StmtKind::Global;
    const auto& names =
        global ? static_cast<ast::Global*>(s)->names : static_cast<ast::Nonlocal*>(s)->names;
    const char* what = global ? "global" : "nonlocal";
    if (!global && cur_->type == BlockType::Module)
      return error(s->loc, "nonlocal declaration not allowed at module level");
    for (const auto& raw : names) {
      std::string name = mangle(cur_->private_name, raw);
      uint32_t fl = cur_->flags_of(name);
      const char* why = nullptr;
      if (fl & kDefParam)
        why = "is parameter and";
      else if (fl & kUse)
        why = "is used prior to";
      else if (fl & kDefAnnot)
        return error(s->loc, "annotated name '" + name + "' can't be " + what);
      else if (fl & kDefLocal)
        why = "is assigned to before";
      if (why) {
        std::string msg = "name '" + name + "' " + why;
        msg +=
            (fl & kDefParam) ? std::string(" ") + what : std::string(" ") + what + " declaration";
        return error(s->loc, msg);
      }
      if (fl & (global ? kDefNonlocal : kDefGlobal))
        return error(s->loc, "name '" + name + "' is nonlocal and global");
      sym(cur_, name).flags |= global ? kDefGlobal : kDefNonlocal;
      if (!global) nonlocal_locs_[cur_][name] = s->loc;
    }
    return true;
  }

  // A walrus in a comprehension binds in the nearest enclosing scope that is
  // not a comprehension.
  bool namedexpr_target(ast::Name* target) {
    std::string name = mangle(cur_->private_name, target->id);
    auto rebinds = [&](Scope* s) { return (s->flags_of(name) & kDefCompIter) != 0; };
    auto rebind_error = [&] {
      return error(
          target->loc,
          "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
    };
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->comp != CompKind::None) {
        if (rebinds(s)) return rebind_error();
        continue;
      }
      if (s->type == BlockType::Function) {
        sym(cur_, name).flags |= (s->flags_of(name) & kDefGlobal) ? kDefGlobal : kDefNonlocal;
        nonlocal_locs_[cur_][name] = target->loc;
        sym(s, name).flags |= kDefLocal;
        return true;
      }
      if (s->type == BlockType::Module) {
        sym(cur_, name).flags |= kDefGlobal;
        sym(s, name).flags |= kDefGlobal;
        return true;
      }
      return error(target->loc,
                   "assignment expression within a comprehension cannot be used in a class body");
    }
    return true;
  }

  static const char* comp_desc(CompKind k) {
    switch (k) {
      case CompKind::List:
        return "list comprehension";
      case CompKind::Set:
        return "set comprehension";
      case CompKind::Dict:
        return "dict comprehension";
      default:
        return "generator expression";
    }
  }

  bool comprehension(ast::Expr* e, CompKind kind, const std::vector<ast::Comprehension>& gens,
                     ast::Expr* elt, ast::Expr* value) {
    if (!expr(gens[0].iter)) return false;
    static const char* const names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
    enter(BlockType::Function, names[int(kind)], e, e->loc.line);
    cur_->comp = kind;
    cur_->is_generator = kind == CompKind::Generator;
    if (!add_def(".0", kDefParam, e->loc)) return false;
    for (size_t i = 0; i < gens.size(); ++i) {
      in_comp_iter_target_ = true;
      bool ok = expr(gens[i].target);
      in_comp_iter_target_ = false;
      if (!ok || (i > 0 && !expr(gens[i].iter)) || !exprs(gens[i].ifs)) return false;
      if (gens[i].is_async) cur_->is_coroutine = true;
    }
    if ((value && !expr(value)) || !expr(elt)) return false;
    leave();
    return true;
  }

  bool expr(ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::BoolOp:
        return exprs(static_cast<ast::BoolOp*>(e)->values);
      case K::NamedExpr: {
        auto* n = static_cast<ast::NamedExpr*>(e);
        auto* target = static_cast<ast::Name*>(n->target);
        if (cur_->comp != CompKind::None && !namedexpr_target(target)) return false;
        return expr(n->value) && expr(n->target);
      }
      case K::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        return expr(b->left) && expr(b->right);
      }
      case K::UnaryOp:
        return expr(static_cast<ast::UnaryOp*>(e)->operand);
      case K::Lambda: {
        auto* l = static_cast<ast::Lambda*>(e);
        if (!defaults(l->args)) return false;
        enter(BlockType::Function, "lambda", l, l->loc.line);
        if (!params(l->args) || !expr(l->body)) return false;
        leave();
        return true;
      }
      case K::IfExp: {
        auto* i = static_cast<ast::IfExp*>(e);
        return expr(i->test) && expr(i->body) && expr(i->orelse);
      }
      case K::Dict: {
        auto* d = static_cast<ast::Dict*>(e);
        return exprs(d->keys) && exprs(d->values);
      }
      case K::Set:
        return exprs(static_cast<ast::Set*>(e)->elts);
      case K::ListComp: {
        auto* c = static_cast<ast::ListComp*>(e);
        return comprehension(e, CompKind::List, c->generators, c->elt, nullptr);
      }
      case K::SetComp: {
        auto* c = static_cast<ast::SetComp*>(e);
        return comprehension(e, CompKind::Set, c->generators, c->elt, nullptr);
      }
      case K::DictComp: {
        auto* c = static_cast<ast::DictComp*>(e);
        return comprehension(e, CompKind::Dict, c->generators, c->key, c->value);
      }
      case K::GeneratorExp: {
        auto* c = static_cast<ast::GeneratorExp*>(e);
        return comprehension(e, CompKind::Generator, c->generators, c->elt, nullptr);
      }
      case K::Await:
        // An await inside a comprehension makes it asynchronous.
        if (cur_->comp != CompKind::None) cur_->is_coroutine = true;
        return expr(static_cast<ast::Await*>(e)->value);
      case K::Yield:
      case K::YieldFrom: {
        ast::Expr* v = e->kind == K::Yield ? static_cast<ast::Yield*>(e)->value
                                           : static_cast<ast::YieldFrom*>(e)->value;
        if (v && !expr(v)) return false;
        if (cur_->comp != CompKind::None)
          return error(e->loc, std::string("'yield' inside ") + comp_desc(cur_->comp));
        cur_->is_generator = true;
        return true;
      }
      case K::Compare: {
        auto* c = static_cast<ast::Compare*>(e);
        return expr(c->left) && exprs(c->comparators);
      }
      case K::Call: {
        auto* c = static_cast<ast::Call*>(e);
        return expr(c->func) && exprs(c->args) && keywords(c->keywords);
      }
      case K::FormattedValue: {
        auto* f = static_cast<ast::FormattedValue*>(e);
        return expr(f->value) && (!f->format_spec || expr(f->format_spec));
      }
      case K::JoinedStr:
        return exprs(static_cast<ast::JoinedStr*>(e)->values);
      case K::Constant:
        return true;
      case K::Attribute:
        return expr(static_cast<ast::Attribute*>(e)->value);
      case K::Subscript: {
        auto* s = static_cast<ast::Subscript*>(e);
        return expr(s->value) && expr(s->slice);
      }
      case K::Starred:
        return expr(static_cast<ast::Starred*>(e)->value);
      case K::Name: {
        auto* n = static_cast<ast::Name*>(e);
        if (n->ctx != ast::ExprContext::Load) return add_def(n->id, kDefLocal, n->loc);
        sym(cur_, mangle(cur_->private_name, n->id)).flags |= kUse;
        // Zero-argument super() needs the __class__ cell of the method.
        if (cur_->type == BlockType::Function && n->id == "super")
          sym(cur_, "__class__").flags |= kUse;
        return true;
      }
      case K::List:
        return exprs(static_cast<ast::List*>(e)->elts);
      case K::Tuple:
        return exprs(static_cast<ast::Tuple*>(e)->elts);
      case K::Slice: {
        auto* s = static_cast<ast::Slice*>(e);
        return (!s->lower || expr(s->lower)) && (!s->upper || expr(s->upper)) &&
               (!s->step || expr(s->step));
      }
    }
    return true;
  }

  // --- analysis ---

  bool analyze_name(Scope* s, const std::string& name, Symbol& y, NameSet& local, NameSet& bound,
                    NameSet& global, NameSet& free) {
    if (y.flags & kDefGlobal) {
      y.scope = NameScope::GlobalExplicit;
      global.insert(name);
      bound.erase(name);
      return true;
    }
    if (y.flags & kDefNonlocal) {
      if (!bound.count(name)) {
        auto& locs = nonlocal_locs_[s];
        return error(locs.count(name) ? locs[name] : ast::Loc{},
                     "no binding for nonlocal '" + name + "' found");
      }
      y.scope = NameScope::Free;
      free.insert(name);
      return true;
    }
    if (y.flags & kDefBound) {
      y.scope = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    if (bound.count(name)) {
      y.scope = NameScope::Free;
      free.insert(name);
    } else {
      y.scope = NameScope::GlobalImplicit;
    }
    return true;
  }

  bool analyze(Scope* s, NameSet& bound, NameSet& global, NameSet* free_out) {
    NameSet local, scope_free, newbound, newglobal, newfree;
    // Work on copies: a function's declarations must not leak into its siblings.
    NameSet b = bound, g = global;
    for (const auto& name : s->order)
      if (!analyze_name(s, name, s->symbols[name], local, b, g, scope_free)) return false;
    if (s->type == BlockType::Class) {
      newglobal = g;
      newbound = b;
      newbound.insert("__class__");
    } else {
      if (s->type == BlockType::Function) newbound = local;
      newbound.insert(b.begin(), b.end());
      newglobal = g;
    }
    for (auto& child : s->children) {
      NameSet cb = newbound, cg = newglobal, cf;
      if (!analyze(child.get(), cb, cg, &cf)) return false;
      newfree.insert(cf.begin(), cf.end());
    }
    newfree.insert(scope_free.begin(), scope_free.end());
    if (s->type == BlockType::Function) {
      for (const auto& name : s->order) {
        Symbol& y = s->symbols[name];
        if (y.scope == NameScope::Local && newfree.erase(name)) y.scope = NameScope::Cell;
      }
    } else if (s->type == BlockType::Class && newfree.erase("__class__")) {
      s->needs_class_closure = true;
    }
    // Names free in children that this scope does not define pass through it.
    for (const auto& name : newfree) {
      auto it = s->symbols.find(name);
      if (it != s->symbols.end()) {
        if (s->type == BlockType::Class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;
      }
      if (!b.count(name)) continue;  // a global
      Symbol& y = sym(s, name);
      y.scope = NameScope::Free;
    }
    free_out->insert(newfree.begin(), newfree.end());
    return true;
  }
};

}  // namespace

bool build_symtable(const ast::Module& mod, SymbolTable* out, SymtableError* err) {
  Builder b(out, err);
  return b.run(mod);
}

}  // namespace gp::symtable
