// Bringing the runtime up and down.
//
// runtime_init creates the main thread state, readies every builtin type,
// then makes the builtins and sys modules and __main__ — nothing more, so
// start-up stays a few milliseconds. The command line fills RuntimeConfig
// first; sys reads it (argv, path, -X options, -u).
#pragma once

#include <string>
#include <vector>

#include "runtime/value.h"

namespace gp {

struct RuntimeConfig {
  std::vector<std::string> argv;      // sys.argv
  std::vector<std::string> xoptions;  // -X options: "name" or "name=value"
  std::string path0;                  // sys.path[0]: script directory, "" for -c/stdin
  std::string executable;             // sys.executable
  bool unbuffered = false;            // -u
};

// Read by sys and the std streams during runtime_init.
extern RuntimeConfig runtime_config;

bool runtime_init(const RuntimeConfig& config);
// Ends the process: waits for non-daemon threads, stops the others at
// their next GIL take, flushes sys.stdout/sys.stderr (and the original
// streams), prints -X gilstats and writes -X giltrace, then exits. A
// non-zero `exit_signal` ends the process by that signal's default action
// instead (CPython after an unhandled KeyboardInterrupt); `status` is then
// only the fallback.
[[noreturn]] void runtime_exit(int status, int exit_signal = 0);
// Flushes sys.<name>, dropping any error (the REPL flushes at each prompt).
void flush_stream(const char* name);

// The __main__ module created by runtime_init (borrowed).
Value main_module();

}  // namespace gp
