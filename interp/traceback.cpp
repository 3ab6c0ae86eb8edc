// Traceback entries and CPython 3.11's exception printout.
//
// Printing follows Python/traceback.c and Python/pythonrun.c of 3.11: a
// "Traceback (most recent call last):" header, one `File "...", line N, in
// name` entry per frame with the stripped source line, and under it the
// caret line when the failing instruction's span does not cover the whole
// line. To place the carets the span's text is re-parsed on its own: for a
// binary operation the operator gets `^` and the operands `~`; for a
// subscript the brackets get `^` and the value `~`; anything else is all
// `^`. More than three identical consecutive entries (a runaway recursion)
// fold into "[Previous line repeated N more times]". Chained exceptions print
// their cause or context first. SyntaxErrors print their own location block
// from their attributes instead of a frame entry. An exact NameError or
// AttributeError gets 3.11's "Did you mean" trailer (Python/suggestions.c):
// the candidate closest to the missing name by an edit distance where case
// flips cost 1 and other edits 2, if within a third of the characters.
#include "interp/traceback.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/parser.h"
#include "interp/frame.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/file.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

namespace gp {

Type TracebackType;

static Traceback* as_tb(Value v) { return v.as<Traceback>(); }

int traceback_lineno(const Traceback* tb) {
  const Code* code = tb->code.as<Code>();
  if (tb->lasti < code->positions.size()) return code->positions[tb->lasti].line;
  return code->firstlineno;
}

void traceback_here(Code* code, uint32_t lasti) {
  ThreadState* ts = tstate();
  if (!ts->current_exception) return;
  auto* e = ts->current_exception.as<ExceptionObject>();
  auto* tb = alloc_object<Traceback>(&TracebackType);
  if (!tb) return;
  Frame* f = ts->frame;
  if (!e->traceback && e->type == &Exc_NameError && f && f->code == code) {
    tb->globals = Ref::dup(f->globals);
    tb->builtins = Ref::dup(f->builtins);
  }
  tb->next = std::move(e->traceback);
  tb->code = Ref::dup(Value(code));
  tb->lasti = lasti;
  e->traceback = Ref::steal(tb);
}

static Ref tb_get_next(Value self) {
  Traceback* tb = as_tb(self);
  return tb->next ? tb->next.dup() : none_ref();
}
static Ref tb_get_lineno(Value self) { return Ref::small(traceback_lineno(as_tb(self))); }
static Ref tb_get_lasti(Value self) { return Ref::small(int64_t(as_tb(self)->lasti) * 2); }

static const GetSetDef kTracebackGetSet[] = {
    {"tb_next", tb_get_next, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr},
    {nullptr, nullptr, nullptr},
};

static TypeRegistrar traceback_reg(&TracebackType, [](Type& t) {
  t.name = "traceback";
  t.basicsize = sizeof(Traceback);
  t.dealloc = [](Object* o) { destroy_object<Traceback>(o); };
  t.getset = kTracebackGetSet;
});

// --- source lines ---

// Sources of in-memory scripts, and files read once for printing.
static std::unordered_map<std::string, std::string>& sources() {
  static auto* m = new std::unordered_map<std::string, std::string>();
  return *m;
}

void register_source(std::string_view filename, std::string source) {
  sources()[std::string(filename)] = std::move(source);
}

// Line `lineno` (1-based) of `filename` without its newline; false when
// the file cannot be read or is too short.
static bool source_line(std::string_view filename, int lineno, std::string* out) {
  if (lineno < 1) return false;
  auto& m = sources();
  auto it = m.find(std::string(filename));
  if (it == m.end()) {
    if (filename.empty() || (filename.front() == '<' && filename.back() == '>')) return false;
    FILE* f = std::fopen(std::string(filename).c_str(), "rb");
    if (!f) return false;
    std::string text;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
    it = m.emplace(std::string(filename), std::move(text)).first;
  }
  std::string_view text = it->second;
  size_t pos = 0;
  for (int i = 1; i < lineno; ++i) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return false;
    ++pos;
  }
  if (pos >= text.size()) return false;
  size_t end = text.find('\n', pos);
  out->assign(text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos));
  if (!out->empty() && out->back() == '\r') out->pop_back();
  return true;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static size_t char_offset(std::string_view line, size_t byte_offset) {
  byte_offset = std::min(byte_offset, line.size());
  size_t valid = utf8_valid_prefix(line.data(), byte_offset);
  return utf8_count(line.data(), valid);
}

// The `~~^^~~` split of a one-line span: [left, right) in bytes of the
// segment get the secondary character. False when the segment is not a
// binary operation or subscript on its own.
static bool extract_anchors(std::string_view segment, size_t* left, size_t* right) {
  grammar::ParseResult r = grammar::parse(segment, grammar::Mode::Exec);
  if (!r.module || r.module->body.size() != 1) return false;
  const ast::Stmt* st = r.module->body[0];
  if (st->kind != ast::StmtKind::ExprStmt) return false;
  const ast::Expr* e = static_cast<const ast::ExprStmt*>(st)->value;
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<const ast::BinOp*>(e);
    size_t from = size_t(b->left->loc.end_col), to = size_t(b->right->loc.col);
    bool found = false;
    for (size_t i = from; i < to && i < segment.size(); ++i) {
      if (is_ws(segment[i])) continue;
      found = true;
      *left = i;
      *right = i + 1;
      if (i + 1 < to && !is_ws(segment[i + 1])) ++*right;
      if (i + 1 < to && segment[i] == ')') continue;  // a parenthesised left operand
      break;
    }
    return found;
  }
  if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<const ast::Subscript*>(e);
    size_t l = size_t(s->value->loc.end_col), rr = size_t(s->slice->loc.end_col) + 1;
    while (l < segment.size() && segment[l] != '[') ++l;
    while (rr < segment.size() && segment[rr] != ']') ++rr;
    if (rr < segment.size()) ++rr;
    *left = l;
    *right = rr;
    return true;
  }
  return false;
}

// Appends the caret line for one traceback entry (or nothing when the span
// covers the whole stripped line).
static void append_carets(std::string& out, std::string_view line, const SourcePos& pos) {
  if (pos.line <= 0 || pos.col < 0 || pos.end_col < 0) return;
  size_t leading = 0;
  while (leading < line.size() && is_ws(line[leading])) ++leading;
  size_t line_chars = char_offset(line, line.size());
  size_t start = char_offset(line, size_t(pos.col));
  size_t end = char_offset(line, size_t(pos.end_col));
  bool anchors = false;
  size_t left = 0, right = 0;
  if (pos.line == pos.end_line) {
    if (size_t(pos.end_col) > size_t(pos.col) && size_t(pos.end_col) <= line.size()) {
      std::string_view segment = line.substr(size_t(pos.col), size_t(pos.end_col - pos.col));
      size_t lb, rb;
      if (extract_anchors(segment, &lb, &rb)) {
        anchors = true;
        left = char_offset(segment, lb) + start;
        right = char_offset(segment, rb) + start;
      }
    }
  } else {
    size_t i = line.size();
    while (i > 0 && is_ws(line[i - 1])) --i;
    end = char_offset(line, i);
  }
  if (end - start == line_chars - leading && !anchors) return;
  out += "    ";
  for (size_t i = leading; i < end; ++i) {
    if (i < start) {
      out += ' ';
    } else if (anchors && i >= left && i < right) {
      out += '^';
    } else {
      out += anchors ? '~' : '^';
    }
  }
  out += '\n';
}

static std::string str_text(Value v) {
  return v && is_str(v) ? std::string(v.as<Str>()->view()) : std::string();
}

static void append_entry(std::string& out, const Traceback* tb) {
  const Code* code = tb->code.as<Code>();
  std::string filename = str_text(code->filename);
  int lineno = traceback_lineno(tb);
  out += "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " +
         str_text(code->name) + "\n";
  std::string line;
  if (!source_line(filename, lineno, &line)) return;
  size_t leading = 0;
  while (leading < line.size() && is_ws(line[leading])) ++leading;
  out += "    ";
  out.append(line, leading);
  out += '\n';
  if (tb->lasti < code->positions.size()) append_carets(out, line, code->positions[tb->lasti]);
}

static constexpr int kRecursiveCutoff = 3;

static void append_repeated(std::string& out, int count) {
  count -= kRecursiveCutoff;
  out += "  [Previous line repeated " + std::to_string(count) +
         (count > 1 ? " more times]\n" : " more time]\n");
}

static void append_traceback(std::string& out, Value tb_value) {
  out += "Traceback (most recent call last):\n";
  std::string last_file, last_name;
  int last_line = -1;
  int count = 0;
  for (const Traceback* tb = as_tb(tb_value); tb; tb = tb->next ? as_tb(tb->next) : nullptr) {
    const Code* code = tb->code.as<Code>();
    std::string file = str_text(code->filename), name = str_text(code->name);
    int line = traceback_lineno(tb);
    if (last_line == -1 || file != last_file || line != last_line || name != last_name) {
      if (count > kRecursiveCutoff) append_repeated(out, count);
      last_file = file;
      last_line = line;
      last_name = name;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) append_entry(out, tb);
  }
  if (count > kRecursiveCutoff) append_repeated(out, count);
}

// Reads an int attribute, or `fallback` when it is None or not an int.
static int64_t int_attr(Value exc, const char* name, int64_t fallback) {
  Ref v = getattr_opt(exc, Value(intern(name)));
  int64_t out;
  if (v && is_int(v) && int_to_i64(v, &out)) return out;
  err_clear();
  return fallback;
}

// SyntaxError's location block, from its attributes; returns the message
// to print after the class name.
static Ref append_syntax_error(std::string& out, Value exc) {
  Ref msg = getattr_opt(exc, Value(intern("msg")));
  if (!msg) {
    err_clear();
    return nullptr;
  }
  Ref filename = getattr_opt(exc, Value(intern("filename")));
  std::string file = filename && is_str(filename) ? str_text(filename) : "<string>";
  int64_t lineno = int_attr(exc, "lineno", 0);
  int64_t offset = int_attr(exc, "offset", -1);
  bool exact = type_of(exc) == &Exc_SyntaxError;
  int64_t end_lineno = exact ? int_attr(exc, "end_lineno", lineno) : lineno;
  int64_t end_offset = exact ? int_attr(exc, "end_offset", -1) : -1;
  Ref text = getattr_opt(exc, Value(intern("text")));
  err_clear();
  out += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
  if (text && is_str(text)) {
    std::string_view t = text.as<Str>()->view();
    int64_t size = int64_t(t.size());
    if (end_lineno > lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    size_t carets = (end_offset > 0 && end_offset > offset) ? size_t(end_offset - offset) : 1;
    offset -= 1;
    while (!t.empty() && is_ws(t.front())) {
      t.remove_prefix(1);
      --offset;
    }
    int64_t len = int64_t(t.size());
    if (len > 0 && t[size_t(len) - 1] == '\n') --len;
    if (offset > len) offset = len;
    for (;;) {
      size_t nl = t.find('\n');
      if (nl == std::string_view::npos || int64_t(nl) >= offset) break;
      t.remove_prefix(nl + 1);
      len -= int64_t(nl + 1);
      offset -= int64_t(nl + 1);
    }
    out += "    ";
    out += t;
    if (size_t(len) >= t.size() || t[size_t(len)] != '\n') out += '\n';
    if (offset >= 0) {
      out += "    " + std::string(size_t(offset), ' ') + std::string(carets, '^') + "\n";
    }
  }
  return msg;
}

static std::string exception_type_name(Type* t) {
  std::string name = t->qualname && is_str(t->qualname) ? str_text(t->qualname) : t->name;
  std::string module =
      t->module_name && is_str(t->module_name) ? str_text(t->module_name) : std::string("builtins");
  if (module == "builtins" || module == "__main__") return name;
  return module + "." + name;
}

// --- "Did you mean" suggestions ---

static constexpr size_t kMaxCandidates = 750;
static constexpr size_t kMaxNameSize = 40;
static constexpr size_t kMoveCost = 2;
static constexpr size_t kCaseCost = 1;

static size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// Edit distance of the UTF-8 bytes of a and b, or any value above max_cost
// once it is certain to exceed it (long names are never close).
static size_t edit_distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxNameSize || b.size() > kMaxNameSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // row[i]: cost of turning b's prefix so far into a[:i+1].
  size_t row[kMaxNameSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = j * kMoveCost;
    result = diagonal;
    size_t row_min = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMoveCost, substitute);
      row[i] = result;
      row_min = std::min(row_min, result);
    }
    if (row_min > max_cost) return max_cost + 1;
  }
  return result;
}

// The candidate closest to `name`, or null; ties go to the earliest.
static Value closest_name(const Value* candidates, size_t n, std::string_view name) {
  if (n >= kMaxCandidates) return Value();
  Value best;
  size_t best_cost = SIZE_MAX;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(candidates[i])) continue;
    std::string_view item = candidates[i].as<Str>()->view();
    if (item == name) continue;
    size_t limit = std::min((name.size() + item.size() + 3) * kMoveCost / 6, best_cost - 1);
    size_t cost = edit_distance(name, item, limit);
    if (cost > limit) continue;
    best = candidates[i];
    best_cost = cost;
  }
  return best;
}

static Value closest_in_list(Value list, std::string_view name) {
  auto* l = list.as<List>();
  return closest_name(l->items, l->size, name);
}

// Keys of a namespace dict (globals, builtins) in insertion order.
static Value closest_key(Value d, std::string_view name, Ref* keys) {
  if (!d || !is_dict(d)) return Value();
  *keys = dict_keys_list(d);
  return *keys ? closest_in_list(*keys, name) : Value();
}

// AttributeError: the names dir(obj) lists.
static Ref attribute_suggestion(Value exc, std::string_view name) {
  Ref obj = getattr_opt(exc, Value(intern("obj")));
  Value dir = obj ? dict_get_cstr(builtins_dict(), "dir") : Value();
  Ref names = dir ? call1(dir, obj) : Ref();
  if (!names || !is_list(names)) return nullptr;
  Value best = closest_in_list(names, name);
  return best ? Ref::dup(best) : nullptr;
}

// NameError: the innermost frame's local variables, then its globals, then
// its builtins.
static Ref name_suggestion(Value exc, std::string_view name) {
  const Traceback* tb = as_tb(exc.as<ExceptionObject>()->traceback);
  while (tb->next) tb = as_tb(tb->next);
  const Code* code = tb->code.as<Code>();
  const Tuple* varnames = code->localsplus_names.as<Tuple>();
  Value best = closest_name(varnames->items, std::min<size_t>(code->nlocals, varnames->size), name);
  Ref keys;
  if (!best) best = closest_key(tb->globals, name, &keys);
  if (!best) best = closest_key(tb->builtins, name, &keys);
  return best ? Ref::dup(best) : nullptr;
}

// ". Did you mean: 'x'?" for an exact NameError or AttributeError that
// carries the missing name; empty when there is nothing close.
static void append_suggestion(std::string& out, Value exc) {
  Type* t = type_of(exc);
  bool attr = t == &Exc_AttributeError;
  if (!attr && (t != &Exc_NameError || !exc.as<ExceptionObject>()->traceback)) return;
  Ref name = getattr_opt(exc, Value(intern("name")));
  Ref best;
  if (name && is_exact_str(name)) {
    std::string_view n = name.as<Str>()->view();
    best = attr ? attribute_suggestion(exc, n) : name_suggestion(exc, n);
  }
  Ref text = best ? repr(best) : Ref();
  if (text) {
    out += ". Did you mean: ";
    out += text.as<Str>()->view();
    out += '?';
  }
  err_clear();
}

static void append_exception_only(std::string& out, Value exc) {
  ExceptionObject* e = exc.as<ExceptionObject>();
  if (e->traceback) append_traceback(out, e->traceback);
  Ref message;
  bool syntax = isinstance_type(exc, &Exc_SyntaxError);
  if (syntax) message = append_syntax_error(out, exc);
  out += exception_type_name(type_of(exc));
  Ref text = str(syntax && message ? Value(message) : exc);
  if (!text) {
    err_clear();
    out += ": <exception str() failed>";
  } else if (is_str(text) && text.as<Str>()->size > 0) {
    out += ": ";
    out += text.as<Str>()->view();
  }
  append_suggestion(out, exc);
  out += '\n';
  if (e->dict) {
    Value notes = dict_get_cstr(e->dict, "__notes__");
    Ref items = notes ? tuple_from_iterable(notes) : Ref();
    if (notes && !items) err_clear();
    if (items) {
      for (Value note : *items.as<Tuple>()) {
        Ref s = str(note);
        if (!s) {
          err_clear();
          out += "<note str() failed>\n";
          continue;
        }
        out += s.as<Str>()->view();
        out += '\n';
      }
    }
  }
}

static void append_exception_chain(std::string& out, Value exc, std::vector<Object*>& seen) {
  seen.push_back(exc.obj());
  auto unseen = [&](const Ref& r) {
    return r && is_exception(r) && std::find(seen.begin(), seen.end(), r.obj()) == seen.end();
  };
  ExceptionObject* e = exc.as<ExceptionObject>();
  if (unseen(e->cause)) {
    append_exception_chain(out, e->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && unseen(e->context)) {
    append_exception_chain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  append_exception_only(out, exc);
}

void write_stderr(std::string_view text) {
  Value f = sys_get("stderr");
  if (f && is_file(f)) {
    if (file_write(f, text) == 0 && file_flush(f) == 0) return;
    err_clear();
  } else if (f && !is_none(f)) {
    Ref s = new_str(text);
    Value sv = s;
    if (s && call_method(f, "write", &sv, 1)) {
      if (call_method(f, "flush", nullptr, 0)) return;
    }
    err_clear();
  }
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(2, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += size_t(n);
  }
}

void print_exception(Value exc) {
  Ref saved = err_fetch();
  std::string out;
  if (!is_exception(exc)) {
    out = std::string("TypeError: print_exception(): Exception expected for value, ") +
          type_name(exc) + " found\n";
  } else {
    std::vector<Object*> seen;
    append_exception_chain(out, exc, seen);
  }
  write_stderr(out);
  err_restore(std::move(saved));
}

}  // namespace gp
