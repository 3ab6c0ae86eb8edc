// Reading the REPL's input lines: libedit on a terminal, plain reads
// otherwise.
//
// On a terminal, libedit (BSD editline, native API) gives emacs-style line
// editing, history (arrow keys, Ctrl-R incremental search) persisted in a
// file, and Tab completion through a caller-supplied Completer. When stdin
// is not a terminal (`gilpy -i < file`), lines are read as they are and the
// prompt goes to stderr, as CPython does without readline.
//
// Ctrl-C: the SIGINT handler (installed by the REPL) only sets
// sigint_pending. Both readers wait for input with poll(), which fails with
// EINTR whatever SA_RESTART says, and then report Interrupted, so the rest
// of the runtime can keep restarting its system calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gp {

// Completions for the word before the cursor (identifier characters and
// dots): each candidate is the whole replacement word.
using Completer = std::vector<std::string> (*)(std::string_view word);

enum class ReadResult { Line, Eof, Interrupted };

class LineEditor {
 public:
  // history_path: where history is loaded from now and saved to by
  // save_history(); empty for no history file.
  LineEditor(Completer completer, std::string history_path);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Shows `prompt` and reads one line, without its newline.
  ReadResult read_line(const std::string& prompt, std::string* line);
  // Writes the history (the last kHistorySize lines) to the history file.
  void save_history();

  static constexpr int kHistorySize = 1000;

  struct Impl;  // libedit state, reached from its callbacks

 private:
  Impl* impl_;
};

}  // namespace gp
