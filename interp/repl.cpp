// The interactive loop, modelled on CPython 3.11's.
//
// Lines accumulate in a buffer until it holds one complete statement. The
// test is codeop's: parse the buffer in single-statement mode and treat an
// error that only says "the input stopped early" as a request for more
// (`... ` prompt): an unclosed bracket or triple-quoted string, a trailing
// backslash, or any error found at end of input ("expected an indented
// block", a dangling decorator). A compound statement also waits, even when
// it parses, until a blank line ends it, as the C REPL's grammar requires.
// A blank line inside brackets or strings is just part of the text.
//
// A complete buffer is compiled with filename "<stdin>" and run in __main__'s
// namespace; each input numbers its lines from 1, as CPython's does, and no
// source is registered since CPython shows no source lines for <stdin>.
// Expression statements compile to PRINT_EXPR, i.e. sys.displayhook (which
// prints the repr and stores builtins._). Exceptions are printed and the
// loop goes on; SystemExit leaves it.
//
// Ctrl-C: SIGINT's handler (eval_breaker.h, installed at start-up) only
// marks it and sets the eval breaker bit, so running code raises
// KeyboardInterrupt at its next backward jump or call, and the line editor
// abandons the line being typed.
#include "interp/repl.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/parser.h"
#include "grammar/tokens.h"
#include "interp/compiler.h"
#include "interp/eval.h"
#include "interp/eval_breaker.h"
#include "interp/gil.h"
#include "interp/line_editor.h"
#include "interp/runtime_init.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/config.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

constexpr std::string_view kFilename = "<stdin>";

Value sys_module() { return dict_get_cstr(sys_modules(), "sys"); }

// sys.ps1 and sys.ps2 exist only in interactive mode; the prompt is str() of
// them at each read, so a session may change them.
void set_default_prompts() {
  Value sys = sys_module();
  for (auto [name, text] : {std::pair{"ps1", ">>> "}, std::pair{"ps2", "... "}}) {
    Ref s = new_str(text);
    if (!s ||
        (!getattr_opt(sys, Value(intern(name))) && setattr(sys, Value(intern(name)), s) < 0)) {
      err_clear();
    }
  }
}

std::string prompt_text(const char* name) {
  Ref p = getattr_opt(sys_module(), Value(intern(name)));
  Ref s = p ? str(p) : Ref();
  if (!s) {
    err_clear();
    return "";
  }
  return std::string(s.as<Str>()->view());
}

void print_banner() {
  std::fprintf(stderr, "gilpy %s (Python %d.%d.%d) [%s] on linux\n", GILPY_VERSION, GILPY_PY_MAJOR,
               GILPY_PY_MINOR, GILPY_PY_MICRO,
               GILPY_FREE_THREADED ? "free-threading build" : "GIL build");
  std::fflush(stderr);
}

std::string history_path() {
  const char* home = std::getenv("HOME");
  if (!home || !*home) {
    const passwd* pw = getpwuid(getuid());
    if (!pw || !pw->pw_dir) return "";
    home = pw->pw_dir;
  }
  return std::string(home) + "/.gilpy_history";
}

// ---- deciding when the input is complete ----

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\f\r") == std::string_view::npos;
}

bool is_compound(const ast::Stmt* s) {
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
    case K::ClassDef:
    case K::For:
    case K::AsyncFor:
    case K::While:
    case K::If:
    case K::With:
    case K::AsyncWith:
    case K::Try:
      return true;
    default:
      return false;
  }
}

// Whether the error only says the input stopped early. `text_only`: just
// the errors of unfinished brackets, strings and line continuations.
bool wants_more(const grammar::SyntaxErrorInfo& e, int lines, bool text_only) {
  std::string_view msg = e.msg;
  if (msg.find("was never closed") != std::string_view::npos ||
      msg.starts_with("unterminated triple-quoted string") ||
      msg == "unexpected EOF while parsing") {
    return true;
  }
  return !text_only && e.line > lines;
}

// Adds one line to the buffer; true when it holds a statement to run (or
// an error to report). A blank line that ends a block is dropped again, so
// an error points where CPython's does; input without statements is
// dropped at once.
bool add_line(std::string* buffer, std::string_view line) {
  bool ends_block = is_blank(line) && !buffer->empty();
  size_t before = buffer->size();
  buffer->append(line);
  buffer->push_back('\n');
  int lines = int(std::count(buffer->begin(), buffer->end(), '\n'));
  grammar::ParseResult r = grammar::parse(*buffer, grammar::Mode::Single);
  if (r.error) {
    if (wants_more(*r.error, lines, ends_block)) return false;
    if (ends_block) buffer->resize(before);
    return true;
  }
  if (r.module->body.empty()) {
    buffer->clear();
    return false;
  }
  return !is_compound(r.module->body[0]) || ends_block;
}

// ---- running ----

// CPython keeps the last uncaught exception for post-mortem debugging.
void record_last_exception(Value exc) {
  Value sys = sys_module();
  Ref tb = getattr_opt(exc, Value(intern("__traceback__")));
  if (!tb) tb = none_ref();
  if (setattr(sys, Value(intern("last_type")), Value(type_of(exc))) < 0 ||
      setattr(sys, Value(intern("last_value")), exc) < 0 ||
      setattr(sys, Value(intern("last_traceback")), tb) < 0) {
    err_clear();
  }
}

// Compiles and runs one complete input; false when SystemExit escaped.
bool run_input(const std::string& source) {
  Ref code = compile_source(source, kFilename, grammar::Mode::Single);
  Ref result;
  if (code) {
    Value globals = module_dict(main_module());
    result = eval_code(code, globals, globals);
    // A Ctrl-C that met no switch point before the statement ended (it
    // came during a native call) still interrupts it.
    if (result && sigint_pending.load(std::memory_order_relaxed) && handle_eval_breaker() < 0) {
      result = nullptr;
    }
  }
  flush_stream("stdout");
  if (result) return true;
  Ref exc = err_fetch();
  if (isinstance_type(exc, &Exc_SystemExit)) {
    err_restore(std::move(exc));
    return false;
  }
  record_last_exception(exc);
  print_exception(exc);
  return true;
}

// ---- Tab completion (CPython's rlcompleter rules) ----

// Callables complete with "(", as in rlcompleter.
std::string with_call_suffix(std::string name, Value v) {
  if (type_of(v)->call) name += '(';
  return name;
}

void keyword_matches(std::string_view word, std::vector<std::string>* out) {
  using grammar::TokKind;
  for (int k = int(TokKind::KwFalse); k <= int(TokKind::KwYield); ++k) {
    std::string kw = grammar::tok_kind_name(TokKind(k));
    if (!kw.starts_with(word)) continue;
    if (kw == "try" || kw == "finally") {
      kw += ':';
    } else if (kw != "False" && kw != "None" && kw != "True" && kw != "break" && kw != "continue" &&
               kw != "pass" && kw != "else") {
      kw += ' ';
    }
    out->push_back(std::move(kw));
  }
}

void namespace_matches(Value dict, std::string_view word, std::vector<std::string>* out) {
  size_t pos = 0;
  Value key, value;
  while (dict_next(dict, &pos, &key, &value)) {
    if (!is_str(key)) continue;
    std::string_view name = key.as<Str>()->view();
    if (name.starts_with(word)) out->push_back(with_call_suffix(std::string(name), value));
  }
}

// `a.b.c` looked up in __main__, then builtins, without running any code
// but attribute access.
Ref resolve_dotted(std::string_view expr) {
  size_t dot = expr.find('.');
  std::string_view head = expr.substr(0, dot);
  if (head.empty()) return nullptr;
  Value v = dict_get_cstr(module_dict(main_module()), head);
  if (!v) v = dict_get_cstr(builtins_dict(), head);
  if (!v) return nullptr;
  Ref obj = Ref::dup(v);
  while (obj && dot != std::string_view::npos) {
    size_t next = expr.find('.', dot + 1);
    std::string_view part = expr.substr(dot + 1, next - dot - 1);
    obj = part.empty() ? Ref() : getattr(obj, part);
    dot = next;
  }
  return obj;
}

void attribute_matches(std::string_view word, std::vector<std::string>* out) {
  size_t dot = word.rfind('.');
  std::string_view expr = word.substr(0, dot), attr = word.substr(dot + 1);
  Ref obj = resolve_dotted(expr);
  Value dir_fn = dict_get_cstr(builtins_dict(), "dir");
  Ref names = obj && dir_fn ? call1(dir_fn, obj) : Ref();
  if (!names || !is_list(names)) return;
  // Private names only once the user typed "_", dunders only after "__".
  std::string_view hidden = attr.empty() ? "_" : attr == "_" ? "__" : "";
  List* l = names.as<List>();
  for (size_t i = 0; i < l->size; ++i) {
    if (!is_str(l->items[i])) continue;
    std::string_view name = l->items[i].as<Str>()->view();
    if (!name.starts_with(attr) || (!hidden.empty() && name.starts_with(hidden))) continue;
    std::string match = std::string(expr) + "." + std::string(name);
    Ref value = getattr_opt(obj, l->items[i]);
    out->push_back(value ? with_call_suffix(std::move(match), value) : std::move(match));
    err_clear();
  }
}

std::vector<std::string> complete_word(std::string_view word) {
  GilHeld held;  // called by the line reader, which runs without the GIL
  std::vector<std::string> out;
  if (word.find('.') == std::string_view::npos) {
    keyword_matches(word, &out);
    namespace_matches(module_dict(main_module()), word, &out);
    namespace_matches(builtins_dict(), word, &out);
  } else {
    attribute_matches(word, &out);
  }
  err_clear();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

bool run_repl(bool show_banner) {
  set_default_prompts();
  if (show_banner) print_banner();
  LineEditor editor(complete_word, history_path());
  std::string buffer, line;
  bool running = true;
  while (running) {
    flush_stream("stdout");
    flush_stream("stderr");
    std::string prompt = prompt_text(buffer.empty() ? "ps1" : "ps2");
    ReadResult got;
    {
      // Threads started at the prompt run while it waits for input.
      GilReleased unlocked;
      got = editor.read_line(prompt, &line);
    }
    if (got == ReadResult::Interrupted) {
      buffer.clear();
      std::fputc('\n', stdout);
      std::fflush(stdout);
      Ref exc = new_exception(&Exc_KeyboardInterrupt, empty_tuple());
      if (exc) print_exception(exc);
      err_clear();
      continue;
    }
    if (got == ReadResult::Eof && buffer.empty()) break;
    // End of input finishes a pending statement, errors included; the
    // next prompt then sees the end again, as in CPython.
    if (got == ReadResult::Eof || add_line(&buffer, line)) {
      running = run_input(buffer);
      buffer.clear();
    }
  }
  editor.save_history();
  return running;
}

}  // namespace gp
