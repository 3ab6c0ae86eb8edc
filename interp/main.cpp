// The `gilpy` command line, mirroring `python3`.
//
//   gilpy [options] FILE args...   run a script
//   gilpy [options] -c CMD args... run a command string
//   gilpy [options] -m MOD args... run a module as __main__
//   gilpy [options] - args...      run the script read from stdin
//
// Options: -u (unbuffered stdio), -X OPT (stored in sys._xoptions; `-X dis`
// prints the bytecode instead of running), -V/--version (prints
// "gilpy VERSION (Python 3.11.7)"), -h, and -E -s -S -B -O -I which are
// accepted and ignored. -i runs the REPL (repl.cpp) after the script, a bare
// `gilpy` on a terminal runs it alone (with a banner unless -q); stdin that
// is not a terminal is run as a script. Exit status follows CPython: 1 for
// an uncaught exception, the code of SystemExit, 2 for usage errors and
// unreadable scripts; an unhandled KeyboardInterrupt ends the process by
// SIGINT (status 130 in a shell).
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "interp/compiler.h"
#include "interp/dis.h"
#include "interp/eval_breaker.h"
#include "interp/repl.h"
#include "interp/runtime_init.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {
namespace {

const char* g_prog = "gilpy";

constexpr const char* kUsageLine =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

int usage_error(const char* message) {
  std::fprintf(stderr, "%s\n", message);
  std::fprintf(stderr, kUsageLine, g_prog);
  std::fprintf(stderr, "Try `%s -h' for more information.\n", g_prog);
  return 2;
}

void print_help() {
  std::printf(kUsageLine, g_prog);
  std::printf(
      "Options:\n"
      "-c cmd : program passed in as string (terminates option list)\n"
      "-h     : print this help message and exit (also -? or --help)\n"
      "-i     : inspect interactively after running script\n"
      "-m mod : run library module as a script (terminates option list)\n"
      "-q     : don't print version and copyright messages on interactive startup\n"
      "-u     : force the stdout and stderr streams to be unbuffered\n"
      "-V     : print the version number and exit (also --version)\n"
      "-X opt : set implementation-specific option (-X dis prints bytecode)\n"
      "file   : program read from script file\n"
      "-      : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...: arguments passed to program in sys.argv[1:]\n"
      "\nEnvironment variables:\n"
      "GILPYPATH : ':'-separated list of directories prefixed to the module search path.\n");
}

enum class Source { None, File, Command, Module, Stdin };

struct Options {
  Source source = Source::None;
  std::string target;  // file, command text or module name
  bool interactive = false;
  bool quiet = false;
  RuntimeConfig config;
};

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  std::string dir = getcwd(buf, sizeof buf) ? buf : ".";
  std::string rel = path;
  while (rel.rfind("./", 0) == 0) rel.erase(0, 2);
  return dir + "/" + rel;
}

std::string script_dir(const std::string& path) {
  char buf[PATH_MAX];
  std::string full = realpath(path.c_str(), buf) ? std::string(buf) : absolute_path(path);
  size_t slash = full.rfind('/');
  return slash == 0 ? "/" : full.substr(0, slash);
}

// Parses argv; returns -1 to go on, or an exit status.
int parse_command_line(int argc, char** argv, Options* o) {
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (a[0] != '-' || a[1] == '\0') break;
    if (std::strcmp(a, "--version") == 0) {
      std::printf("gilpy %s (Python %d.%d.%d)\n", GILPY_VERSION, GILPY_PY_MAJOR, GILPY_PY_MINOR,
                  GILPY_PY_MICRO);
      return 0;
    }
    if (std::strcmp(a, "--help") == 0) {
      print_help();
      return 0;
    }
    if (std::strcmp(a, "--") == 0) {
      ++i;
      break;
    }
    for (const char* p = a + 1; *p; ++p) {
      char c = *p;
      if (c == 'c' || c == 'm' || c == 'X') {
        const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
        if (!value) {
          std::string msg = std::string("Argument expected for the -") + c + " option";
          return usage_error(msg.c_str());
        }
        if (c == 'X') {
          o->config.xoptions.emplace_back(value);
          break;
        }
        o->source = c == 'c' ? Source::Command : Source::Module;
        o->target = value;
        o->config.argv.assign(1, c == 'c' ? "-c" : value);
        for (int k = i + 1; k < argc; ++k) o->config.argv.emplace_back(argv[k]);
        return -1;
      }
      switch (c) {
        case 'u':
          o->config.unbuffered = true;
          break;
        case 'i':
          o->interactive = true;
          break;
        case 'q':
          o->quiet = true;
          break;
        case 'V':
          std::printf("gilpy %s (Python %d.%d.%d)\n", GILPY_VERSION, GILPY_PY_MAJOR, GILPY_PY_MINOR,
                      GILPY_PY_MICRO);
          return 0;
        case 'h':
        case '?':
          print_help();
          return 0;
        case 'E':
        case 's':
        case 'S':
        case 'B':
        case 'O':
        case 'I':
          break;
        default: {
          std::string msg = std::string("Unknown option: -") + c;
          return usage_error(msg.c_str());
        }
      }
    }
  }
  if (i < argc) {
    std::string target = argv[i];
    o->source = target == "-" ? Source::Stdin : Source::File;
    o->target = target;
    for (int k = i; k < argc; ++k) o->config.argv.emplace_back(argv[k]);
  } else {
    o->config.argv.assign(1, "");
  }
  return -1;
}

bool read_all(FILE* f, std::string* out) {
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  return !std::ferror(f);
}

// Set while a script runs under -i: the REPL follows, so even SystemExit is
// only reported, with its traceback, as CPython does.
bool g_inspect = false;

// The signal the process ends by (runtime_exit), 0 for a normal exit.
int g_exit_signal = 0;

// The exit status for the exception that ended the program, printing it
// the way CPython does.
int handle_uncaught() {
  Ref exc = err_fetch();
  if (!exc) return 1;
  if (isinstance_type(exc, &Exc_SystemExit) && !g_inspect) {
    Ref code = getattr_opt(exc, Value(intern("code")));
    err_clear();
    if (!code || is_none(code)) return 0;
    int64_t status;
    if (is_int(code) && int_to_i64(code, &status)) return int(status);
    Value err = sys_get("stderr");
    Ref text = str(code);
    if (text && err && !is_none(err)) {
      std::string line(text.as<Str>()->view());
      line += '\n';
      Ref s = new_str(line);
      Value sv = s;
      if (s && call_method(err, "write", &sv, 1)) call_method(err, "flush", nullptr, 0);
    }
    err_clear();
    return 1;
  }
  print_exception(exc);
  if (!isinstance_type(exc, &Exc_KeyboardInterrupt)) return 1;
  // Like CPython 3.8+, die of SIGINT so the parent (a shell loop, make)
  // sees the interrupt; the REPL after -i swallows it instead.
  if (!g_inspect) g_exit_signal = SIGINT;
  return 130;
}

int run(const Options& o) {
  Value main = main_module();
  std::string source, filename;
  switch (o.source) {
    case Source::Module: {
      std::string argv0;
      Ref r = run_module_as_main(o.target, &argv0);
      if (!argv0.empty()) {
        Value argv = sys_get("argv");
        Ref a0 = new_str(argv0);
        if (argv && a0) setitem(argv, Value::small(0), a0);
      }
      return r ? 0 : handle_uncaught();
    }
    case Source::Command:
      source = o.target;
      filename = "<string>";
      register_source(filename, source);
      break;
    case Source::None:
    case Source::Stdin:
      if (!read_all(stdin, &source)) return 1;
      filename = "<stdin>";
      register_source(filename, source);
      break;
    case Source::File: {
      filename = absolute_path(o.target);
      FILE* f = std::fopen(o.target.c_str(), "rb");
      if (!f || !read_all(f, &source)) {
        int err = errno;
        std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", g_prog, filename.c_str(),
                     err, std::strerror(err));
        if (f) std::fclose(f);
        return 2;
      }
      std::fclose(f);
      Ref file = new_str(filename);
      if (!file || dict_set_str(module_dict(main), "__file__", file) < 0) return handle_uncaught();
      break;
    }
  }
  bool dis = false;
  for (const std::string& x : o.config.xoptions) dis |= (x == "dis");
  if (dis) {
    Ref code = compile_source(source, filename, grammar::Mode::Exec);
    if (!code) return handle_uncaught();
    std::string text = disassemble(code.as<Code>());
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  Ref r = exec_in_module(main, source, filename);
  return r ? 0 : handle_uncaught();
}

}  // namespace
}  // namespace gp

int main(int argc, char** argv) {
  using namespace gp;
  if (argc > 0) g_prog = argv[0];
  Options o;
  int status = parse_command_line(argc, argv, &o);
  if (status >= 0) return status;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  o.config.executable = n > 0 ? std::string(exe, size_t(n)) : std::string(g_prog);
  if (o.source == Source::File) {
    o.config.path0 = script_dir(o.target);
  } else if (o.source == Source::Module) {
    o.config.path0 = absolute_path(".");
    o.config.path0.resize(o.config.path0.size() - 2);
  }
  if (!runtime_init(o.config)) {
    Ref exc = err_fetch();
    if (exc) print_exception(exc);
    std::fprintf(stderr, "Fatal Python error: runtime initialisation failed\n");
    return 1;
  }
  init_signals();
  if (o.interactive || (o.source == Source::None && isatty(0))) {
    g_inspect = true;
    if (o.source != Source::None) run(o);
    g_inspect = false;
    status = run_repl(!o.quiet && o.source == Source::None) ? 0 : handle_uncaught();
  } else {
    status = run(o);
  }
  runtime_exit(status, g_exit_signal);
}
