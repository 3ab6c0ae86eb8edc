// The REPL's line reader: libedit's native API on a terminal, byte reads
// otherwise (see line_editor.h).
//
// libedit is told not to touch signals (EL_SIGNAL 0) and reads through our
// own character function, which waits in ppoll() with SIGINT unblocked only
// inside the call: a Ctrl-C that lands just before the wait is seen at once,
// not after the next key. The function decodes UTF-8 itself with mbrtowc,
// which is why a UTF-8 LC_CTYPE is selected before libedit starts.
//
// Completion replaces the word before the cursor: one candidate is inserted
// whole, several are extended to their longest common prefix, and when that
// adds nothing they are listed in columns (readline's layout) and the line
// is redrawn. An empty word inserts a tab, so Tab still indents, as in
// CPython's rlcompleter.
#include "interp/line_editor.h"

#include <histedit.h>
#include <langinfo.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <cwchar>

#include "interp/eval_breaker.h"

namespace gp {

struct LineEditor::Impl {
  EditLine* el = nullptr;  // null when stdin is not a terminal
  History* hist = nullptr;
  Completer completer = nullptr;
  std::string history_path;
  std::string prompt;
};

namespace {

// Waits until fd 0 is readable; false when Ctrl-C came first.
bool wait_input() {
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  pollfd p{0, POLLIN, 0};
  int r = 0;
  while (!sigint_pending.load(std::memory_order_relaxed)) {
    r = ppoll(&p, 1, nullptr, &old);
    if (r > 0 || (r < 0 && errno != EINTR)) break;  // an error is left to read()
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return !sigint_pending.load(std::memory_order_relaxed);
}

// One byte of input: 1, 0 at end of input, -1 on Ctrl-C or a read error.
int read_byte(char* c) {
  for (;;) {
    if (!wait_input()) return -1;
    ssize_t n = read(0, c, 1);
    if (n >= 0) return int(n);
    if (errno != EINTR && errno != EAGAIN) return -1;
  }
}

// libedit's character source (el_rfunc_t): 1 with a character, 0 at end of
// input, -1 on Ctrl-C.
int read_char(EditLine*, wchar_t* out) {
  std::mbstate_t state{};
  for (;;) {
    char c;
    int n = read_byte(&c);
    if (n <= 0) return n;
    size_t r = std::mbrtowc(out, &c, 1, &state);
    if (r == size_t(-2)) continue;  // inside a multi-byte sequence
    if (r == size_t(-1)) *out = wchar_t(static_cast<unsigned char>(c));
    return 1;
  }
}

LineEditor::Impl* impl_of(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<LineEditor::Impl*>(data);
}

char* prompt_of(EditLine* el) { return impl_of(el)->prompt.data(); }

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || c == '_' || c == '.' || std::isalnum(u);
}

int terminal_width() {
  winsize ws{};
  return ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
}

// Prints the candidates below the line, down the columns like readline.
void list_matches(const std::vector<std::string>& matches) {
  size_t width = 0;
  for (const std::string& m : matches) width = std::max(width, m.size());
  width += 2;
  size_t cols = std::max<size_t>(1, size_t(terminal_width()) / width);
  size_t rows = (matches.size() + cols - 1) / cols;
  std::fputc('\n', stdout);
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      size_t i = c * rows + r;
      if (i >= matches.size()) break;
      bool last = c + 1 == cols || i + rows >= matches.size();
      std::printf("%-*s", last ? 0 : int(width), matches[i].c_str());
    }
    std::fputc('\n', stdout);
  }
  std::fflush(stdout);
}

unsigned char complete(EditLine* el, int) {
  LineEditor::Impl* impl = impl_of(el);
  const LineInfo* li = el_line(el);
  std::string_view before(li->buffer, size_t(li->cursor - li->buffer));
  size_t start = before.size();
  while (start > 0 && is_word_byte(before[start - 1])) --start;
  std::string_view word = before.substr(start);
  if (word.empty()) return el_insertstr(el, "\t") == 0 ? CC_REFRESH : CC_ERROR;
  std::vector<std::string> matches = impl->completer(word);
  if (matches.empty()) return CC_REFRESH_BEEP;
  size_t common = matches[0].size();
  for (const std::string& m : matches) {
    common = std::min(common, m.size());
    common =
        size_t(std::mismatch(m.begin(), m.begin() + common, matches[0].begin()).first - m.begin());
  }
  if (common > word.size()) {
    std::string rest = matches[0].substr(word.size(), common - word.size());
    return el_insertstr(el, rest.c_str()) == 0 ? CC_REFRESH : CC_ERROR;
  }
  if (matches.size() == 1) return CC_REFRESH;
  list_matches(matches);
  return CC_REDISPLAY;
}

// ^D: end of input on an empty line (without the "^D" libedit's own binding
// echoes, which CPython does not show), else delete the character under
// the cursor.
unsigned char eof_or_delete(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  if (li->buffer == li->lastchar) return CC_EOF;
  if (li->cursor == li->lastchar) return CC_ERROR;
  el_cursor(el, 1);
  el_deletestr(el, 1);
  return CC_REFRESH;
}

// libedit decodes and displays input with the C library's multibyte
// functions, so LC_CTYPE must be UTF-8 for non-ASCII text to be editable.
void select_utf8_ctype() {
  if (std::setlocale(LC_CTYPE, "") && std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
  std::setlocale(LC_CTYPE, "C.UTF-8");
}

}  // namespace

LineEditor::LineEditor(Completer completer, std::string history_path) : impl_(new Impl) {
  impl_->completer = completer;
  impl_->history_path = std::move(history_path);
  if (!isatty(0)) return;
  select_utf8_ctype();
  EditLine* el = el_init("gilpy", stdin, stdout, stderr);
  if (!el) return;
  impl_->el = el;
  HistEvent ev;
  impl_->hist = history_init();
  history(impl_->hist, &ev, H_SETSIZE, kHistorySize);
  history(impl_->hist, &ev, H_SETUNIQUE, 1);
  if (!impl_->history_path.empty()) history(impl_->hist, &ev, H_LOAD, impl_->history_path.c_str());
  el_set(el, EL_CLIENTDATA, impl_);
  el_set(el, EL_SIGNAL, 0);
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_PROMPT, prompt_of);
  el_set(el, EL_GETCFN, read_char);
  el_set(el, EL_HIST, history, impl_->hist);
  el_set(el, EL_ADDFN, "gilpy-complete", "Complete a Python name", complete);
  el_set(el, EL_BIND, "^I", "gilpy-complete", nullptr);
  el_set(el, EL_ADDFN, "gilpy-eof-or-delete", "End of input or delete a character", eof_or_delete);
  el_set(el, EL_BIND, "^D", "gilpy-eof-or-delete", nullptr);
  // libedit's emacs map redraws on ^R; readline users expect reverse search.
  el_set(el, EL_BIND, "^R", "em-inc-search-prev", nullptr);
  el_source(el, nullptr);  // the user's ~/.editrc may rebind any of these
}

LineEditor::~LineEditor() {
  if (impl_->el) el_end(impl_->el);
  if (impl_->hist) history_end(impl_->hist);
  delete impl_;
}

ReadResult LineEditor::read_line(const std::string& prompt, std::string* line) {
  line->clear();
  if (!impl_->el) {
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    char c;
    int n;
    while ((n = read_byte(&c)) > 0 && c != '\n') line->push_back(c);
    if (n < 0 && sigint_pending.exchange(false)) return ReadResult::Interrupted;
    if (n > 0 || !line->empty()) return ReadResult::Line;
    std::fputc('\n', stderr);  // leaves the shell's prompt on a line of its own
    return ReadResult::Eof;
  }
  impl_->prompt = prompt;
  el_resize(impl_->el);
  int count = 0;
  const char* text = el_gets(impl_->el, &count);
  if (!text || count <= 0) {
    if (sigint_pending.exchange(false)) return ReadResult::Interrupted;
    std::fputc('\n', stdout);
    return ReadResult::Eof;
  }
  line->assign(text, size_t(count));
  if (!line->empty() && line->back() == '\n') line->pop_back();
  if (line->find_first_not_of(" \t") != std::string::npos) {
    HistEvent ev;
    history(impl_->hist, &ev, H_ENTER, line->c_str());
  }
  return ReadResult::Line;
}

void LineEditor::save_history() {
  if (!impl_->hist || impl_->history_path.empty()) return;
  HistEvent ev;
  history(impl_->hist, &ev, H_SAVE, impl_->history_path.c_str());
}

}  // namespace gp
